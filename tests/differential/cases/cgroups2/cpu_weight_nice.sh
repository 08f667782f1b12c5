# shell: sh
# cpu.weight.nice is -20..19 and sets cpu.weight from the nice table.
# requires: cgroup2:cpu
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-cn
for v in -20 -10 -1 0 1 5 10 19 20 -21 x; do echo "$v" | tee vlab-cn/cpu.weight.nice >/dev/null; echo "[$v] $? $(cat vlab-cn/cpu.weight) $(cat vlab-cn/cpu.weight.nice)"; done
rmdir vlab-cn
