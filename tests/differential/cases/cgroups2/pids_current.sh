# shell: sh
# pids.current counts the group's processes.
# requires: cgroup2:pids
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-pc
sleep 30 & a=$!
sleep 30 & b=$!
echo $a > vlab-pc/cgroup.procs; echo $b > vlab-pc/cgroup.procs
cat vlab-pc/pids.current
kill $a; wait $a 2>/dev/null
cat vlab-pc/pids.current
kill $b; wait $b 2>/dev/null
cat vlab-pc/pids.current vlab-pc/pids.peak
rmdir vlab-pc
