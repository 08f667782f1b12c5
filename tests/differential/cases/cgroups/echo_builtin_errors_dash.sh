# shell: sh
# dash's echo reports a cgroup write error its own way.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-ed
dash -c "echo abc > vlab-ed/cgroup.procs"; echo "status $?"
dash -c "echo 99999999 > vlab-ed/cgroup.procs"; echo "status $?"
rmdir vlab-ed
