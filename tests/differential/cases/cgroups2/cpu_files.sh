# shell: sh
# The cpu controller's files in a group.
# requires: cgroup2:cpu
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-cf
ls vlab-cf | grep "^cpu\." | tr '\n' ' '; echo
rmdir vlab-cf
