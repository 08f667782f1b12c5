# shell: sh
# rmdir of a control file is ENOTDIR; rmdir of a missing group ENOENT.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-d
rmdir vlab-d/cgroup.procs; echo "status $?"
rmdir vlab-nosuch; echo "status $?"
rmdir vlab-d
