# shell: sh
# An OOM in a child counts in the parent's memory.events but not its memory.events.local.
# requires: cgroup2:memory
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir -p vlab-eh/c
echo +memory > vlab-eh/cgroup.subtree_control
echo 16M > vlab-eh/c/memory.max
sh -c 'echo $$ > vlab-eh/c/cgroup.procs; exec stress -q --vm 1 --vm-bytes 64M --timeout 10' 2>/dev/null
grep -E "^oom_kill " vlab-eh/memory.events vlab-eh/memory.events.local vlab-eh/c/memory.events vlab-eh/c/memory.events.local
rmdir vlab-eh/c vlab-eh
