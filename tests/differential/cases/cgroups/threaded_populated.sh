# shell: sh
# A populated group cannot become threaded (EOPNOTSUPP).
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir -p vlab-tq/t
sleep 30 & p=$!
echo $p > vlab-tq/t/cgroup.procs
echo threaded | tee vlab-tq/t/cgroup.type >/dev/null; echo "status $?"
cat vlab-tq/t/cgroup.type
kill $p; wait $p 2>/dev/null
rmdir vlab-tq/t vlab-tq
