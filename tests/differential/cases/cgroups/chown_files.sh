# shell: sh
# chown on a group and its files sticks (delegation).
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-ch
chown 65534:65534 vlab-ch vlab-ch/cgroup.procs vlab-ch/cgroup.subtree_control
stat -c "%u:%g %n" vlab-ch vlab-ch/cgroup.procs vlab-ch/cgroup.subtree_control vlab-ch/cgroup.type
rmdir vlab-ch
