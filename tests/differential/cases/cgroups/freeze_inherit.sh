# shell: sh
# Freezing a parent freezes its children; the child's own cgroup.freeze stays 0.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir -p vlab-fp/c
echo 1 > vlab-fp/cgroup.freeze
cat vlab-fp/c/cgroup.freeze
grep frozen vlab-fp/c/cgroup.events
mkdir vlab-fp/d; grep frozen vlab-fp/d/cgroup.events
echo 0 > vlab-fp/cgroup.freeze
grep frozen vlab-fp/c/cgroup.events vlab-fp/d/cgroup.events
rmdir vlab-fp/c vlab-fp/d vlab-fp
