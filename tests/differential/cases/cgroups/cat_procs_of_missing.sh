# shell: sh
# Reading control files of a removed group, and writing to a group that is gone.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-gone
exec 3<vlab-gone/cgroup.procs
rmdir vlab-gone
cat vlab-gone/cgroup.procs; echo "status $?"
(echo $$ > vlab-gone/cgroup.procs) 2>/dev/null || echo "write failed"
cat <&3; echo "read $?"
exec 3<&-
