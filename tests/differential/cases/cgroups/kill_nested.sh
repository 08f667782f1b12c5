# shell: sh
# cgroup.kill on a child leaves the parent's processes alone.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir -p vlab-kn/c
sleep 30 & a=$!
sleep 30 & b=$!
echo $a > vlab-kn/cgroup.procs
echo $b > vlab-kn/c/cgroup.procs
{ echo 1 > vlab-kn/c/cgroup.kill; wait $b; echo "child's $?"; } 2>/dev/null
kill -0 $a && echo "parent's still running"
grep populated vlab-kn/cgroup.events vlab-kn/c/cgroup.events
kill $a; wait $a 2>/dev/null
rmdir vlab-kn/c vlab-kn
