# shell: sh
# A depth limit on an ancestor applies to the whole subtree.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir -p vlab-da/a
echo 2 > vlab-da/cgroup.max.depth
mkdir vlab-da/a/b; echo "a/b $?"
mkdir vlab-da/a/b/c; echo "a/b/c $?"
cat vlab-da/a/cgroup.max.depth
rmdir vlab-da/a/b vlab-da/a vlab-da
