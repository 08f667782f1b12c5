# shell: sh
# mkdir makes a group (a directory with control files), rmdir removes it.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-a; echo "mkdir $?"
[ -d vlab-a ] && [ -f vlab-a/cgroup.procs ] && echo "has cgroup.procs"
rmdir vlab-a; echo "rmdir $?"
[ -e vlab-a ] || echo gone
