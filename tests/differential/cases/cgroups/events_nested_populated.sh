# shell: sh
# cgroup.events populated and cgroup.stat nr_descendants for a three-level tree.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir -p vlab-e/a/b
grep descendants vlab-e/cgroup.stat
sleep 30 & p=$!; echo $p > vlab-e/a/b/cgroup.procs
for g in vlab-e vlab-e/a vlab-e/a/b; do echo "$g $(grep populated $g/cgroup.events)"; done
echo $p > vlab-e/cgroup.procs
for g in vlab-e vlab-e/a vlab-e/a/b; do echo "$g $(grep populated $g/cgroup.events)"; done
kill $p; wait $p 2>/dev/null
grep populated vlab-e/cgroup.events
rmdir vlab-e/a/b vlab-e/a vlab-e
