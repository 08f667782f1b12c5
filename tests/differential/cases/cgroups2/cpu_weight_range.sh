# shell: sh
# cpu.weight is 1..10000; cpu.weight.nice follows it.
# requires: cgroup2:cpu
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-cw
for v in 1 10000 50 100 0 10001 abc -1; do echo "$v" | tee vlab-cw/cpu.weight >/dev/null; echo "[$v] $? $(cat vlab-cw/cpu.weight) $(cat vlab-cw/cpu.weight.nice)"; done
rmdir vlab-cw
