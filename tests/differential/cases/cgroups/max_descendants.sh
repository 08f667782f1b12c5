# shell: sh
# cgroup.max.descendants counts the whole subtree.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-mx
echo 2 > vlab-mx/cgroup.max.descendants
mkdir vlab-mx/a vlab-mx/a/b; echo "two $?"
mkdir vlab-mx/c; echo "third $?"
rmdir vlab-mx/a/b
mkdir vlab-mx/c; echo "after rmdir $?"
cat vlab-mx/cgroup.max.descendants
rmdir vlab-mx/c vlab-mx/a vlab-mx
