# shell: sh
# populated in cgroup.events follows the members of the whole subtree.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir -p vlab-ev/child
cat vlab-ev/cgroup.events vlab-ev/child/cgroup.events
sleep 30 & p=$!
echo $p > vlab-ev/child/cgroup.procs
grep populated vlab-ev/cgroup.events vlab-ev/child/cgroup.events
kill $p; wait $p 2>/dev/null
grep populated vlab-ev/cgroup.events vlab-ev/child/cgroup.events
rmdir vlab-ev/child vlab-ev
