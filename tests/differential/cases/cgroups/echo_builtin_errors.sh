# shell: bash
# The shell builtin echo reports a cgroup write error with the errno text.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-eb
bash -c "echo abc > vlab-eb/cgroup.procs"; echo "status $?"
bash -c "echo 1 > vlab-eb/cgroup.events"; echo "status $?"
bash -c "echo +nope > vlab-eb/cgroup.subtree_control"; echo "status $?"
rmdir vlab-eb
