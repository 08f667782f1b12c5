# shell: sh
# memory.high, memory.low, memory.min and memory.swap.max: defaults and what they accept.
# requires: cgroup2:memory
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-hl
for f in memory.high memory.low memory.min memory.swap.max; do echo "$f $(cat vlab-hl/$f)"; done
for f in memory.high memory.low memory.min memory.swap.max; do for v in 8M max 0 abc; do echo "$v" | tee vlab-hl/$f >/dev/null 2>&1; echo "$f [$v] $? $(cat vlab-hl/$f)"; done; done
rmdir vlab-hl
