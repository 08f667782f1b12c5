# shell: sh
# mkdir of an existing group or over a control file is EEXIST.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-a
mkdir vlab-a; echo "status $?"
mkdir vlab-a/cgroup.procs; echo "status $?"
mkdir -p vlab-a; echo "-p status $?"
rmdir vlab-a
