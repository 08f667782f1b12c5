# shell: sh
# A hog over memory.max is OOM-killed; memory.events counts it and memory.peak reached the limit.
# requires: cgroup2:memory
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-oom
echo 16M > vlab-oom/memory.max
sh -c 'echo $$ > vlab-oom/cgroup.procs; exec stress --vm 1 --vm-bytes 64M --timeout 10' 2>&1 | sed 's/\[[0-9]*\]/[N]/; s/worker [0-9][0-9]*/worker N/; s/in [0-9]*s$/in Ns/'
grep -E "^(oom|oom_kill|oom_group_kill) " vlab-oom/memory.events
awk '$1 == "max" { print ($2 > 0) ? "max counted" : "max 0" }' vlab-oom/memory.events
[ "$(cat vlab-oom/memory.peak)" = "$(cat vlab-oom/memory.max)" ] && echo "memory.peak = memory.max"
[ "$(cat vlab-oom/memory.current)" -lt 1048576 ] && echo "memory.current back under 1M"
rmdir vlab-oom
