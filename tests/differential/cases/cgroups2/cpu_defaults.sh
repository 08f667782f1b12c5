# shell: sh
# A new group's cpu files.
# requires: cgroup2:cpu
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-cd
for f in cpu.max cpu.weight cpu.weight.nice cpu.idle cpu.max.burst cpu.uclamp.min cpu.uclamp.max; do echo "$f $(cat vlab-cd/$f)"; done
cut -d" " -f1 vlab-cd/cpu.stat | tr '\n' ' '; echo
cat vlab-cd/cpu.stat.local | cut -d" " -f1
rmdir vlab-cd
