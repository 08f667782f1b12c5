# shell: sh
# A thread moves through cgroup.threads only within its threaded domain: into another domain group it is EOPNOTSUPP.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-tw
sleep 30 & p=$!
echo $p | tee vlab-tw/cgroup.threads >/dev/null; echo "status $?"
grep -c "^0::/vlab-tw$" /proc/$p/cgroup
kill $p; wait $p 2>/dev/null
rmdir vlab-tw
