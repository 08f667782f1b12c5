# shell: sh
# cpu.stat usage of a group covers its children's.
# requires: cgroup2:cpu
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir -p vlab-cs/c
echo +cpu > vlab-cs/cgroup.subtree_control
sh -c 'echo $$ > vlab-cs/c/cgroup.procs; exec stress -q --cpu 1 --timeout 1'
p=$(awk '/^usage_usec/ {print $2}' vlab-cs/cpu.stat); c=$(awk '/^usage_usec/ {print $2}' vlab-cs/c/cpu.stat)
[ $p -ge $c ] && [ $c -gt 500000 ] && echo "parent >= child > 0.5s"
rmdir vlab-cs/c vlab-cs
