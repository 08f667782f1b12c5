# shell: sh
# A new group has the core files (cgroup.* and the pressure files).
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-c
ls vlab-c | grep -E "^cgroup\.|pressure$"
rmdir vlab-c
