# shell: sh
# cgroup.threads lists the thread ids of a single-threaded process, its pid.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-th
sleep 30 & p=$!
echo $p > vlab-th/cgroup.procs
[ "$(cat vlab-th/cgroup.threads)" = $p ] && echo "threads lists it"
kill $p; wait $p 2>/dev/null
rmdir vlab-th
