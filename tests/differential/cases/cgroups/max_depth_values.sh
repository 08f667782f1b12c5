# shell: sh
# cgroup.max.depth and max.descendants accept a number or max; other words are EINVAL.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-m
cat vlab-m/cgroup.max.depth vlab-m/cgroup.max.descendants
echo 3 > vlab-m/cgroup.max.depth; echo 0 > vlab-m/cgroup.max.descendants
cat vlab-m/cgroup.max.depth vlab-m/cgroup.max.descendants
/bin/echo -1 > vlab-m/cgroup.max.depth; echo "negative $?"
/bin/echo lots > vlab-m/cgroup.max.descendants; echo "word $?"
mkdir vlab-m/x; echo "mkdir $?"
echo max > vlab-m/cgroup.max.descendants; mkdir vlab-m/x && echo made
rmdir vlab-m/x vlab-m
