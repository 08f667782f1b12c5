# shell: sh
# The pids controller's files in a group.
# requires: cgroup2:pids
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-pfl
ls vlab-pfl | grep "^pids\." | tr '\n' ' '; echo
rmdir vlab-pfl
