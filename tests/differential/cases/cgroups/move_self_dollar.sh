# shell: sh
# echo $$ from a subshell moves the main shell (its $$), not the subshell.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-self
(echo $$ > vlab-self/cgroup.procs)
grep ^0:: /proc/$$/cgroup
cat vlab-self/cgroup.procs | grep -c "^$$\$"
sh -c "grep ^0:: /proc/self/cgroup"
echo $$ > cgroup.procs
rmdir vlab-self && echo removed
