# shell: sh
# cgroup.kill ends the processes of a frozen group.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-kf
sleep 30 & p=$!
echo $p > vlab-kf/cgroup.procs
echo 1 > vlab-kf/cgroup.freeze
echo 1 > vlab-kf/cgroup.kill
wait $p 2>/dev/null; echo "status $?"
cat vlab-kf/cgroup.events
rmdir vlab-kf
