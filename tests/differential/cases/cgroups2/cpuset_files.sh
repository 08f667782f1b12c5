# shell: sh
# The cpuset controller's files in a group.
# requires: cgroup2:cpuset
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-sfl
ls vlab-sfl | grep "^cpuset\." | tr '\n' ' '; echo
rmdir vlab-sfl
