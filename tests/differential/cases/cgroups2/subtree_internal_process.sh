# shell: sh
# A group that passes memory to its children takes no processes (EBUSY).
# requires: cgroup2:memory
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir -p vlab-ip/c
echo +memory > vlab-ip/cgroup.subtree_control
sleep 30 & p=$!
echo $p | tee vlab-ip/cgroup.procs >/dev/null; echo "parent $?"
echo $p > vlab-ip/c/cgroup.procs; echo "child $?"
echo -memory > vlab-ip/cgroup.subtree_control
echo $p > vlab-ip/cgroup.procs; echo "parent after -memory $?"
kill $p; wait $p 2>/dev/null
rmdir vlab-ip/c vlab-ip
