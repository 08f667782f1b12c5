# shell: sh
# cpu.idle takes 0 or 1.
# requires: cgroup2:cpu
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-ci
for v in 1 0 2 -1 x; do echo "$v" | tee vlab-ci/cpu.idle >/dev/null; echo "[$v] $? $(cat vlab-ci/cpu.idle)"; done
rmdir vlab-ci
