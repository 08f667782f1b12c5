# shell: sh
# A new group's memory files: no limits, nothing charged, no events.
# requires: cgroup2:memory
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-md
for f in memory.max memory.high memory.low memory.min memory.current memory.peak memory.swap.max memory.swap.current memory.oom.group; do echo "$f $(cat vlab-md/$f)"; done
cat vlab-md/memory.events vlab-md/memory.swap.events
rmdir vlab-md
