# shell: sh
# A group whose child has a process is busy, and so is the child.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir -p vlab-b/c
sleep 30 & p=$!
echo $p > vlab-b/c/cgroup.procs
rmdir vlab-b/c; echo "child $?"
rmdir vlab-b; echo "parent $?"
kill $p; wait $p 2>/dev/null
rmdir vlab-b/c vlab-b; echo "both $?"
