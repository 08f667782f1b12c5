# shell: sh
# Children forked inside a group start there; a subshell moved away does not move its parent.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-fi vlab-fo
sh -c "echo 0 > vlab-fi/cgroup.procs; sleep 30 & c=\$!; grep ^0:: /proc/\$c/cgroup; (echo 0 > vlab-fo/cgroup.procs; grep ^0:: /proc/self/cgroup); grep ^0:: /proc/self/cgroup; kill \$c"
rmdir vlab-fi vlab-fo
