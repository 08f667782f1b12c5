# shell: sh
# cpuset.cpus and cpuset.mems: ranges, lists, a cpu that does not exist, junk; empty means inherit.
# requires: cgroup2:cpuset
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-cs
cat vlab-cs/cpuset.cpus | wc -c
for v in 0 0-1 1 0,1 "" 7 0-9 abc 1-0; do echo "$v" | tee vlab-cs/cpuset.cpus >/dev/null 2>&1; echo "[$v] $? [$(cat vlab-cs/cpuset.cpus)] [$(cat vlab-cs/cpuset.cpus.effective)]"; done
for v in 0 1 ""; do echo "$v" | tee vlab-cs/cpuset.mems >/dev/null 2>&1; echo "mems [$v] $? [$(cat vlab-cs/cpuset.mems)]"; done
rmdir vlab-cs
