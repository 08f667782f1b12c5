# shell: sh
# The memory controller's files in a group.
# requires: cgroup2:memory
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-mfl
ls vlab-mfl | grep "^memory\." | tr '\n' ' '; echo
rmdir vlab-mfl
