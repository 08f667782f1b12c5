# shell: sh
# cgroup.stat counts the csses of each controller in the subtree.
# requires: cgroup2:memory cgroup2:pids
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir -p vlab-ss/a vlab-ss/b
echo +memory > vlab-ss/cgroup.subtree_control
grep -E "^nr_subsys_(memory|pids|perf_event) " vlab-ss/cgroup.stat
rmdir vlab-ss/a vlab-ss/b vlab-ss
