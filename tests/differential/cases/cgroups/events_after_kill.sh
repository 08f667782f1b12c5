# shell: sh
# cgroup.events goes back to populated 0 once a killed member is gone.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-ek
sleep 30 & p=$!
echo $p > vlab-ek/cgroup.procs
grep populated vlab-ek/cgroup.events
kill -9 $p; wait $p 2>/dev/null
grep populated vlab-ek/cgroup.events
rmdir vlab-ek
