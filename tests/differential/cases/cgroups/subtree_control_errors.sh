# shell: sh
# cgroup.subtree_control: unknown controller and malformed words are EINVAL; empty writes are fine.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-s
cat vlab-s/cgroup.subtree_control | wc -c
/bin/echo +bogus > vlab-s/cgroup.subtree_control; echo "bogus $?"
/bin/echo bogus > vlab-s/cgroup.subtree_control; echo "no sign $?"
/bin/echo "" > vlab-s/cgroup.subtree_control; echo "empty $?"
/bin/echo " " > vlab-s/cgroup.subtree_control; echo "space $?"
rmdir vlab-s
