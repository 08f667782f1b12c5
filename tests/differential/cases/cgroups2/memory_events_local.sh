# shell: sh
# memory.events and memory.events.local list the same fields.
# requires: cgroup2:memory
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-me
cut -d" " -f1 vlab-me/memory.events | tr '\n' ' '; echo
cut -d" " -f1 vlab-me/memory.events.local | tr '\n' ' '; echo
rmdir vlab-me
