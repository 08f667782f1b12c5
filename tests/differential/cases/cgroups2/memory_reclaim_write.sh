# shell: sh
# memory.reclaim: bad values are EINVAL; asking an empty group to reclaim is EAGAIN.
# requires: cgroup2:memory
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-mr
ls -l vlab-mr/memory.reclaim | cut -d" " -f1
for v in abc -1 "" 1M 0; do echo "$v" | tee vlab-mr/memory.reclaim >/dev/null; echo "[$v] $?"; done
rmdir vlab-mr
