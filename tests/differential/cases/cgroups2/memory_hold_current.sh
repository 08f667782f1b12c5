# shell: sh
# A process holding 8M: memory.current and memory.stat anon reach it; they drop when it exits.
# requires: cgroup2:memory
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-mh
sh -c "echo \$\$ > vlab-mh/cgroup.procs; exec stress -q --vm 1 --vm-bytes 8M --vm-hang 3 --timeout 2" & p=$!
i=0; while [ "$(cat vlab-mh/memory.current)" -lt 8388608 ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i+1)); done
[ "$(cat vlab-mh/memory.current)" -ge 8388608 ] && echo "current >= 8M"
awk "\$1 == \"anon\" { print (\$2 >= 8388608) ? \"anon >= 8M\" : \$0 }" vlab-mh/memory.stat
wait $p 2>/dev/null
[ "$(cat vlab-mh/memory.current)" -lt 1048576 ] && echo "current back under 1M"
[ "$(cat vlab-mh/memory.peak)" -ge 8388608 ] && echo "peak >= 8M"
grep -E "^(oom|oom_kill) " vlab-mh/memory.events
rmdir vlab-mh
