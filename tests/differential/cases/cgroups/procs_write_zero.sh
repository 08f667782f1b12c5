# shell: sh
# Writing 0 to cgroup.procs moves the writing process itself; its children follow at fork.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-z
sh -c "echo 0 > vlab-z/cgroup.procs; grep ^0:: /proc/self/cgroup; sh -c \"grep ^0:: /proc/self/cgroup\""
grep -c . vlab-z/cgroup.procs; echo "status $?"
rmdir vlab-z
