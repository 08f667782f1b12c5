# shell: sh
# memory.max takes bytes with K/M/G suffixes (rounded down to pages) or max; junk is EINVAL.
# requires: cgroup2:memory
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-mf
for v in 64M 1G 100 4097 10k 64m 2g max 0 " 5"; do echo "$v" > vlab-mf/memory.max; echo "[$v] -> $(cat vlab-mf/memory.max)"; done
for v in -1 abc 1.5M 1T5 ""; do echo "$v" | tee vlab-mf/memory.max >/dev/null; echo "[$v] status $?"; done
cat vlab-mf/memory.max
rmdir vlab-mf
