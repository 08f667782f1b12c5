# shell: sh
# A parent's memory.max limits its children: the OOM is the parent's.
# requires: cgroup2:memory
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir -p vlab-pl/c
echo +memory > vlab-pl/cgroup.subtree_control
echo 16M > vlab-pl/memory.max
sh -c 'echo $$ > vlab-pl/c/cgroup.procs; exec stress -q --vm 1 --vm-bytes 64M --timeout 10' 2>/dev/null
grep -E "^(oom|oom_kill) " vlab-pl/memory.events.local vlab-pl/c/memory.events.local
rmdir vlab-pl/c vlab-pl
