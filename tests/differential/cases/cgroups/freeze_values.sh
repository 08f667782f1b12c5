# shell: sh
# cgroup.freeze accepts 0 and 1 only; cgroup.events shows frozen for an empty group at once.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-fz
/bin/echo 2 > vlab-fz/cgroup.freeze; echo "two $?"
/bin/echo yes > vlab-fz/cgroup.freeze; echo "yes $?"
echo 1 > vlab-fz/cgroup.freeze; cat vlab-fz/cgroup.freeze vlab-fz/cgroup.events
mkdir vlab-fz/child && cat vlab-fz/child/cgroup.freeze && grep frozen vlab-fz/child/cgroup.events
echo 0 > vlab-fz/cgroup.freeze; grep frozen vlab-fz/cgroup.events vlab-fz/child/cgroup.events
rmdir vlab-fz/child vlab-fz
