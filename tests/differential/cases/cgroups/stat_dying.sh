# shell: sh
# cgroup.stat counts descendants; removed groups vanish from nr_descendants.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir -p vlab-st/a/b vlab-st/c
grep nr_descendants vlab-st/cgroup.stat vlab-st/a/cgroup.stat
rmdir vlab-st/a/b
grep nr_descendants vlab-st/cgroup.stat vlab-st/a/cgroup.stat
rmdir vlab-st/a vlab-st/c vlab-st
