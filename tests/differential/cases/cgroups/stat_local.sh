# shell: sh
# cgroup.stat.local and cpu.stat of a new group.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-sl
cat vlab-sl/cgroup.stat.local
head -n 4 vlab-sl/cpu.stat
rmdir vlab-sl
