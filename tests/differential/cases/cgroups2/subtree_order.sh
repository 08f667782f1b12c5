# shell: sh
# cgroup.controllers and cgroup.subtree_control list controllers in the kernel's order, whatever order they were enabled in.
# requires: cgroup2:memory cgroup2:cpu cgroup2:pids cgroup2:io cgroup2:cpuset
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir -p vlab-so/c
echo "+pids +memory +io +cpu +cpuset" > vlab-so/cgroup.subtree_control
cat vlab-so/cgroup.subtree_control vlab-so/c/cgroup.controllers
echo "-io -cpu" > vlab-so/cgroup.subtree_control
cat vlab-so/c/cgroup.controllers
rmdir vlab-so/c vlab-so
