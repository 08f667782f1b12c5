# shell: sh
# memory.high, memory.low, memory.min and memory.swap.max parse as memory.max does.
# requires: cgroup2:memory
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-ml
for f in memory.high memory.low memory.min memory.swap.max memory.swap.high; do
  echo 32M > vlab-ml/$f; a=$(cat vlab-ml/$f); echo max > vlab-ml/$f; b=$(cat vlab-ml/$f); echo "$f: $a $b"
done
echo abc | tee vlab-ml/memory.high >/dev/null; echo "status $?"
rmdir vlab-ml
