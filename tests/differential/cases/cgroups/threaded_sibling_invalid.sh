# shell: sh
# Once one child is threaded, a domain sibling is "domain invalid" and takes no processes.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir -p vlab-ts/t vlab-ts/d
echo threaded > vlab-ts/t/cgroup.type
cat vlab-ts/cgroup.type vlab-ts/t/cgroup.type vlab-ts/d/cgroup.type
sleep 30 & p=$!
echo $p | tee vlab-ts/d/cgroup.procs >/dev/null; echo "status $?"
echo threaded > vlab-ts/d/cgroup.type; cat vlab-ts/d/cgroup.type
kill $p; wait $p 2>/dev/null
rmdir vlab-ts/t vlab-ts/d vlab-ts
