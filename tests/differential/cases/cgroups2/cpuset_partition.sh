# shell: sh
# cpuset.cpus.partition: member, root or isolated; a partition without CPUs is invalid.
# requires: cgroup2:cpuset
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-sp
for v in root isolated member bogus; do echo "$v" | tee vlab-sp/cpuset.cpus.partition >/dev/null; echo "[$v] $? $(cat vlab-sp/cpuset.cpus.partition)"; done
rmdir vlab-sp
