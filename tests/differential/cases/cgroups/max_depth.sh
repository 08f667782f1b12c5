# shell: sh
# cgroup.max.depth: mkdir deeper than allowed is EAGAIN.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-md
echo 1 > vlab-md/cgroup.max.depth
cat vlab-md/cgroup.max.depth
mkdir vlab-md/a; echo "a $?"
mkdir vlab-md/a/b; echo "a/b $?"
echo 0 > vlab-md/cgroup.max.depth
mkdir vlab-md/c; echo "c $?"
echo max > vlab-md/cgroup.max.depth; cat vlab-md/cgroup.max.depth
mkdir vlab-md/a/b; echo "a/b $?"
rmdir vlab-md/a/b vlab-md/a vlab-md
