# shell: sh
# cpu.max keeps its period when only a quota is written, and "max" keeps it too.
# requires: cgroup2:cpu
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-cp
echo "max 20000" > vlab-cp/cpu.max; cat vlab-cp/cpu.max
echo 5000 > vlab-cp/cpu.max; cat vlab-cp/cpu.max
echo max > vlab-cp/cpu.max; cat vlab-cp/cpu.max
echo "1000 1000" > vlab-cp/cpu.max; cat vlab-cp/cpu.max
echo "1000000 1000000" > vlab-cp/cpu.max; cat vlab-cp/cpu.max
echo "2000000 1000000" > vlab-cp/cpu.max; cat vlab-cp/cpu.max
echo "10000 abc" > vlab-cp/cpu.max; cat vlab-cp/cpu.max
rmdir vlab-cp
