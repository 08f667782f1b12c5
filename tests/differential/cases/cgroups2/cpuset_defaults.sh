# shell: sh
# A new group's cpuset files: empty cpus and mems, the parent's as effective.
# requires: cgroup2:cpuset
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-sd
for f in cpuset.cpus cpuset.cpus.effective cpuset.mems cpuset.mems.effective cpuset.cpus.partition cpuset.cpus.exclusive; do echo "$f [$(cat vlab-sd/$f)]"; done
rmdir vlab-sd
