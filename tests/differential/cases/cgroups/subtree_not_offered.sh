# shell: sh
# Enabling a controller the parent does not pass down is ENOENT.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir -p vlab-no/a
echo +pids | tee vlab-no/a/cgroup.subtree_control >/dev/null; echo "status $?"
cat vlab-no/a/cgroup.controllers | wc -w
rmdir vlab-no/a vlab-no
