# shell: sh
# With memory.oom.group=1 the OOM killer takes every process of the group.
# requires: cgroup2:memory
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-og
echo 16M > vlab-og/memory.max
echo 1 > vlab-og/memory.oom.group
sleep 30 & p=$!
echo $p > vlab-og/cgroup.procs
{ sh -c 'echo $$ > vlab-og/cgroup.procs; exec stress -q --vm 1 --vm-bytes 64M --timeout 10'; wait $p; echo "sleep status $?"; } 2>/dev/null
grep -E "^(oom|oom_group_kill) " vlab-og/memory.events
awk '$1 == "oom_kill" { print ($2 >= 2) ? "oom_kill >= 2" : $0 }' vlab-og/memory.events
rmdir vlab-og
