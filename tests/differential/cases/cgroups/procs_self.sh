# shell: sh
# Writing 0 moves the writer itself; /proc/self/cgroup follows.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-self
sh -c 'echo 0 > vlab-self/cgroup.procs; grep "^0::" /proc/self/cgroup; grep -qx $$ vlab-self/cgroup.procs && echo listed'
[ -z "$(cat vlab-self/cgroup.procs)" ] && echo "empty after exit"
rmdir vlab-self
