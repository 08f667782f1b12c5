# shell: sh
# Moving a process into a full group is never refused: pids.current can exceed pids.max.
# requires: cgroup2:pids
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-po
echo 1 > vlab-po/pids.max
sleep 30 & a=$!
sleep 30 & b=$!
echo $a > vlab-po/cgroup.procs; echo "a $?"
echo $b > vlab-po/cgroup.procs; echo "b $?"
echo "$(cat vlab-po/pids.current) of $(cat vlab-po/pids.max)"
kill $a $b; wait 2>/dev/null
rmdir vlab-po
