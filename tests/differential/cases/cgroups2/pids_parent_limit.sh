# shell: sh
# A parent's pids.max limits its children's forks; the parent's local count says so.
# requires: cgroup2:pids
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir -p vlab-pp/c
echo +pids > vlab-pp/cgroup.subtree_control
echo 1 > vlab-pp/pids.max
dash -c 'echo $$ > vlab-pp/c/cgroup.procs; sleep 1 & wait' 2>/dev/null
echo "parent local $(cat vlab-pp/pids.events.local)"
echo "c local $(cat vlab-pp/c/pids.events.local)"
rmdir vlab-pp/c vlab-pp
