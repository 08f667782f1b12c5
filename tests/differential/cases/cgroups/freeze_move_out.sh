# shell: sh
# Moving a process out of a frozen group thaws it.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-fm vlab-fm2
sleep 30 & p=$!
echo $p > vlab-fm/cgroup.procs
echo 1 > vlab-fm/cgroup.freeze
echo $p > vlab-fm2/cgroup.procs
grep frozen vlab-fm/cgroup.events vlab-fm2/cgroup.events
kill $p; wait $p 2>/dev/null; echo "status $?"
rmdir vlab-fm vlab-fm2
