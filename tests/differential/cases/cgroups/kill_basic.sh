# shell: sh
# cgroup.kill sends SIGKILL to every process of the subtree.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir -p vlab-kl/c
sleep 30 & a=$!
sleep 30 & b=$!
echo $a > vlab-kl/cgroup.procs; echo $b > vlab-kl/c/cgroup.procs
{ echo 1 > vlab-kl/cgroup.kill; wait $a; echo "a $?"; wait $b; echo "b $?"; } 2>/dev/null
cat vlab-kl/cgroup.events
rmdir vlab-kl/c vlab-kl
