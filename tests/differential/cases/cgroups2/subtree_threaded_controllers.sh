# shell: sh
# Threaded controllers (cpu, cpuset, pids) may be enabled with processes in the group; domain ones (memory, io) may not.
# requires: cgroup2:memory cgroup2:cpu cgroup2:pids
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-tc
sleep 30 & p=$!
echo $p > vlab-tc/cgroup.procs
for c in +cpu +pids +cpuset +memory +io; do echo "$c" | tee vlab-tc/cgroup.subtree_control >/dev/null; echo "[$c] $?"; done
cat vlab-tc/cgroup.subtree_control
mkdir vlab-tc/c
echo $p | tee vlab-tc/c/cgroup.procs >/dev/null; echo "into child $?"
echo $p | tee vlab-tc/cgroup.procs >/dev/null; echo "back $?"
kill $p; wait $p 2>/dev/null
rmdir vlab-tc/c vlab-tc
