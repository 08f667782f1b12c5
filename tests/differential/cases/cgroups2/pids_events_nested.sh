# shell: sh
# A child's limit counts in its own pids.events.local; the parent's pids.events sees it too.
# requires: cgroup2:pids
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir -p vlab-pn/c
echo +pids > vlab-pn/cgroup.subtree_control
echo 1 > vlab-pn/c/pids.max
dash -c 'echo $$ > vlab-pn/c/cgroup.procs; sleep 1 & wait' 2>/dev/null
echo "c events $(cat vlab-pn/c/pids.events) local $(cat vlab-pn/c/pids.events.local)"
echo "parent events $(cat vlab-pn/pids.events) local $(cat vlab-pn/pids.events.local)"
rmdir vlab-pn/c vlab-pn
