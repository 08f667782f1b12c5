# shell: sh
# cgroup.stat counts live descendants.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir -p vlab-st/a/b vlab-st/c
grep -E "^nr_(dying_)?descendants" vlab-st/cgroup.stat
grep -E "^nr_descendants" vlab-st/a/cgroup.stat vlab-st/a/b/cgroup.stat
rmdir vlab-st/a/b; grep "^nr_descendants" vlab-st/cgroup.stat
rmdir vlab-st/a vlab-st/c vlab-st
