# shell: sh
# /proc/PID/cgroup shows the full path of a nested group.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir -p vlab-np/x/y
sleep 30 & p=$!
echo $p > vlab-np/x/y/cgroup.procs
grep "^0::" /proc/$p/cgroup
kill $p; wait $p 2>/dev/null
rmdir vlab-np/x/y vlab-np/x vlab-np
