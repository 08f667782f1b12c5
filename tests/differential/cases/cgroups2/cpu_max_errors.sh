# shell: sh
# cpu.max: quota and period bounds, a lone quota keeps the period, junk is EINVAL.
# requires: cgroup2:cpu
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-cm
for v in "50000 100000" "max" "20000" "1000 1000" "max 50000" "0 100000" "500 100000" "100000 500" "abc" "1 2 3" "100000 2000000"; do echo "$v" | tee vlab-cm/cpu.max >/dev/null 2>&1; echo "[$v] $? $(cat vlab-cm/cpu.max)"; done
rmdir vlab-cm
