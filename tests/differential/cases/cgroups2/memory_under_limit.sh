# shell: sh
# A hog under its memory.max runs to its timeout; memory.peak shows what it used.
# requires: cgroup2:memory
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-ul
echo 64M > vlab-ul/memory.max
sh -c 'echo $$ > vlab-ul/cgroup.procs; exec stress -q --vm 1 --vm-bytes 16M --vm-hang 0 --timeout 2'; echo "status $?"
p=$(cat vlab-ul/memory.peak)
[ $p -ge 16777216 ] && [ $p -lt 33554432 ] && echo "peak between 16M and 32M"
grep -E "^(max|oom) " vlab-ul/memory.events
rmdir vlab-ul
