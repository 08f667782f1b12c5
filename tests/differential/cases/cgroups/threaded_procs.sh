# shell: sh
# A threaded group takes no processes through cgroup.procs (EOPNOTSUPP).
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir -p vlab-tp/t
echo threaded > vlab-tp/t/cgroup.type
sleep 30 & p=$!
echo $p | tee vlab-tp/t/cgroup.procs >/dev/null; echo "procs $?"
echo $p > vlab-tp/cgroup.procs; echo "domain $?"
echo $p > vlab-tp/t/cgroup.threads; echo "threads $?"
cat vlab-tp/t/cgroup.threads | wc -l
kill $p; wait $p 2>/dev/null
rmdir vlab-tp/t vlab-tp
