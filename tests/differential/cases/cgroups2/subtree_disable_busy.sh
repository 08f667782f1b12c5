# shell: sh
# A controller a child still passes on cannot be disabled in the parent (EBUSY); a child cannot enable what its parent lacks.
# requires: cgroup2:pids
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir -p vlab-sd/a/b
echo +pids > vlab-sd/cgroup.subtree_control && echo +pids > vlab-sd/a/cgroup.subtree_control
echo -pids | tee vlab-sd/cgroup.subtree_control >/dev/null; echo "parent off $?"
echo -pids > vlab-sd/a/cgroup.subtree_control && echo -pids > vlab-sd/cgroup.subtree_control && echo "off in order"
echo +pids | tee vlab-sd/a/cgroup.subtree_control >/dev/null; echo "child on $?"
rmdir vlab-sd/a/b vlab-sd/a vlab-sd
