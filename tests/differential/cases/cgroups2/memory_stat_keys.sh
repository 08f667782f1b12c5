# shell: sh
# memory.stat's fields, in order.
# requires: cgroup2:memory
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-ms
cut -d" " -f1 vlab-ms/memory.stat | tr '\n' ' '; echo
awk '$2 != 0' vlab-ms/memory.stat | wc -l
rmdir vlab-ms
