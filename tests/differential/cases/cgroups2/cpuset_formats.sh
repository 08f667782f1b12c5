# shell: sh
# cpuset.cpus takes a CPU list; CPUs that do not exist are ERANGE, junk EINVAL.
# requires: cgroup2:cpuset
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-sf
for v in 0 1 0-1 0,1 "" 2 0-3 abc 1-0; do echo "$v" | tee vlab-sf/cpuset.cpus >/dev/null; echo "[$v] $? [$(cat vlab-sf/cpuset.cpus)] $(cat vlab-sf/cpuset.cpus.effective)"; done
for v in 0 1 ""; do echo "$v" | tee vlab-sf/cpuset.mems >/dev/null; echo "mems [$v] $? [$(cat vlab-sf/cpuset.mems)] $(cat vlab-sf/cpuset.mems.effective)"; done
rmdir vlab-sf
