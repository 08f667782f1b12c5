# shell: sh
# memory.oom.group takes 0 or 1.
# requires: cgroup2:memory
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-ov
for v in 1 0 2 -1 x; do echo "$v" | tee vlab-ov/memory.oom.group >/dev/null; echo "[$v] $? $(cat vlab-ov/memory.oom.group)"; done
rmdir vlab-ov
