# shell: sh
# A CPU hog under cpu.max "10000 100000" gets about a tenth of a CPU and is throttled.
# requires: cgroup2:cpu
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-ct
echo "10000 100000" > vlab-ct/cpu.max
sh -c 'echo $$ > vlab-ct/cgroup.procs; exec stress -q --cpu 1 --timeout 2'
awk '$1 == "usage_usec" { print ($2 > 50000 && $2 < 700000) ? "usage well under the 2s it ran" : $0 }
     $1 == "nr_periods" { print ($2 >= 5) ? "nr_periods >= 5" : $0 }
     $1 == "nr_throttled" { print ($2 >= 5) ? "nr_throttled >= 5" : $0 }
     $1 == "throttled_usec" { print ($2 > 500000) ? "throttled_usec > 0.5s" : $0 }' vlab-ct/cpu.stat
rmdir vlab-ct
