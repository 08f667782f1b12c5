# shell: sh
# Without cpu.max a CPU hog is never throttled.
# requires: cgroup2:cpu
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-cu
sh -c 'echo $$ > vlab-cu/cgroup.procs; exec stress -q --cpu 1 --timeout 1'
grep -E "^(nr_periods|nr_throttled|throttled_usec) " vlab-cu/cpu.stat
awk '$1 == "usage_usec" { print ($2 > 500000) ? "used the CPU" : $0 }' vlab-cu/cpu.stat
rmdir vlab-cu
