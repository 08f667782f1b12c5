# shell: sh
# /proc/PID/cgroup shows the full path of a nested group; moving updates it.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir -p vlab-n/a/b/c
sleep 30 & p=$!
echo $p > vlab-n/a/b/c/cgroup.procs && grep ^0:: /proc/$p/cgroup
echo $p > vlab-n/a/cgroup.procs && grep ^0:: /proc/$p/cgroup
cat vlab-n/a/cgroup.procs | wc -l; cat vlab-n/a/b/c/cgroup.procs | wc -l
kill $p; wait $p 2>/dev/null
rmdir vlab-n/a/b/c vlab-n/a/b vlab-n/a vlab-n
