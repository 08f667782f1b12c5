# shell: sh
# Two CPU hogs sharing one CPU at cpu.weight 100 and 300 split it 1:3.
# requires: cgroup2:cpu cgroup2:cpuset
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-ws
echo 0 > vlab-ws/cpuset.cpus
echo "+cpu +cpuset" > vlab-ws/cgroup.subtree_control
mkdir vlab-ws/a vlab-ws/b
echo 300 > vlab-ws/b/cpu.weight
sh -c 'echo $$ > vlab-ws/a/cgroup.procs; exec stress -q --cpu 1 --timeout 4' &
sh -c 'echo $$ > vlab-ws/b/cgroup.procs; exec stress -q --cpu 1 --timeout 4' &
wait
a=$(awk '/^usage_usec/ {print $2}' vlab-ws/a/cpu.stat); b=$(awk '/^usage_usec/ {print $2}' vlab-ws/b/cpu.stat)
r=$(( b * 10 / a ))
[ $r -ge 20 ] && [ $r -le 45 ] && echo "about 1:3"
rmdir vlab-ws/a vlab-ws/b vlab-ws
