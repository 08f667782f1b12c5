# shell: sh
# cgroup.procs lists processes, cgroup.threads the same tids for single-threaded ones.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-pt
sleep 30 & a=$!; sleep 30 & b=$!
echo $b > vlab-pt/cgroup.procs; echo $a > vlab-pt/cgroup.procs
[ "$(sort -n vlab-pt/cgroup.procs)" = "$(sort -n vlab-pt/cgroup.threads)" ] && echo same
wc -l < vlab-pt/cgroup.procs
kill $a $b; wait 2>/dev/null
wc -c < vlab-pt/cgroup.procs
rmdir vlab-pt
