# shell: sh
# pids.current counts the processes of the subtree; pids.max of a parent limits its children.
# requires: cgroup2:pids
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir -p vlab-pn/a
echo +pids > vlab-pn/cgroup.subtree_control
sleep 30 & s1=$!; sleep 30 & s2=$!
echo $s1 > vlab-pn/a/cgroup.procs; echo $s2 > vlab-pn/a/cgroup.procs
cat vlab-pn/pids.current vlab-pn/a/pids.current
echo 2 > vlab-pn/pids.max
sh -c "echo \$\$ > vlab-pn/a/cgroup.procs" 2>&1 | sed "s/^sh: [0-9]*: //"; echo "status $?"
kill $s1 $s2; wait 2>/dev/null
cat vlab-pn/pids.current vlab-pn/a/pids.current
rmdir vlab-pn/a vlab-pn
