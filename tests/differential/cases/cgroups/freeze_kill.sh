# shell: sh
# A frozen process still dies of SIGKILL.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-fk
sleep 30 & p=$!
echo $p > vlab-fk/cgroup.procs
echo 1 > vlab-fk/cgroup.freeze
kill -9 $p; wait $p 2>/dev/null; echo "status $?"
cat vlab-fk/cgroup.events
echo 0 > vlab-fk/cgroup.freeze
rmdir vlab-fk
