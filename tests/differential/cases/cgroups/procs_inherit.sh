# shell: sh
# A child forked in a group is born in it.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-i
sh -c 'echo $$ > vlab-i/cgroup.procs; sleep 30 & a=$!; sleep 30 & b=$!; wc -l < vlab-i/cgroup.procs; grep "^0::" /proc/$a/cgroup; kill $a $b; wait'
rmdir vlab-i; echo "rmdir $?"
