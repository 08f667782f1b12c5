# shell: sh
# Writing a pid to cgroup.procs moves it; the old group's list loses it.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-p1 vlab-p2
sleep 30 & p=$!
echo $p > vlab-p1/cgroup.procs
[ "$(cat vlab-p1/cgroup.procs)" = $p ] && echo "in p1"
echo $p > vlab-p2/cgroup.procs
[ -z "$(cat vlab-p1/cgroup.procs)" ] && [ "$(cat vlab-p2/cgroup.procs)" = $p ] && echo "moved to p2"
grep -c "^0::/vlab-p2$" /proc/$p/cgroup
kill $p; wait $p 2>/dev/null
rmdir vlab-p1 vlab-p2
