# shell: sh
# An empty group is frozen as soon as cgroup.freeze is 1.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-fe
echo 1 > vlab-fe/cgroup.freeze
cat vlab-fe/cgroup.events
echo 0 > vlab-fe/cgroup.freeze
cat vlab-fe/cgroup.events
rmdir vlab-fe
