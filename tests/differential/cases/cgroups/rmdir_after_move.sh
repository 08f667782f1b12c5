# shell: sh
# Once its only member moves away, a group can be removed.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-am vlab-am2
sleep 30 & p=$!
echo $p > vlab-am/cgroup.procs
echo $p > vlab-am2/cgroup.procs
rmdir vlab-am; echo "status $?"
kill $p; wait $p 2>/dev/null
rmdir vlab-am2
