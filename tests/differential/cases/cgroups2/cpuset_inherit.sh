# shell: sh
# A child's effective CPUs are within its parent's.
# requires: cgroup2:cpuset
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir -p vlab-si/c
echo +cpuset > vlab-si/cgroup.subtree_control
echo 1 > vlab-si/cpuset.cpus
cat vlab-si/c/cpuset.cpus.effective
echo 0-1 | tee vlab-si/c/cpuset.cpus >/dev/null; echo "status $? [$(cat vlab-si/c/cpuset.cpus)] $(cat vlab-si/c/cpuset.cpus.effective)"
echo 0 | tee vlab-si/c/cpuset.cpus >/dev/null; echo "status $? [$(cat vlab-si/c/cpuset.cpus)] $(cat vlab-si/c/cpuset.cpus.effective)"
rmdir vlab-si/c vlab-si
