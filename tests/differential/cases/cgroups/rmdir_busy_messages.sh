# shell: sh
# rmdir of a group with a process or with a child is EBUSY; rm -r of a group with files fails on the files.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir -p vlab-r/child
rmdir vlab-r; echo "with child $?"
sleep 30 & p=$!; echo $p > vlab-r/child/cgroup.procs
rmdir vlab-r/child; echo "with process $?"
echo $p > cgroup.procs; rmdir vlab-r/child; echo "emptied $?"
kill $p; wait $p 2>/dev/null
rmdir vlab-r/nosuch; echo "missing $?"
rmdir vlab-r; echo "last $?"
