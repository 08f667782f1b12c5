# shell: sh
# A process that exits leaves its group: cgroup.procs empty, populated 0, rmdir works.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-ex
sh -c 'echo $$ > vlab-ex/cgroup.procs; exec sleep 0.1' &
p=$!
wait $p; echo "status $?"
cat vlab-ex/cgroup.procs | wc -l
grep populated vlab-ex/cgroup.events
rmdir vlab-ex; echo "rmdir $?"
