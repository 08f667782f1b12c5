# shell: sh
# cgroup.type: a child made threaded makes its parent "domain threaded"; there is no way back.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir -p vlab-t/a
echo threaded > vlab-t/a/cgroup.type; echo "status $?"
cat vlab-t/a/cgroup.type vlab-t/cgroup.type
echo domain | tee vlab-t/a/cgroup.type >/dev/null; echo "domain $?"
echo bogus | tee vlab-t/cgroup.type >/dev/null; echo "bogus $?"
rmdir vlab-t/a
cat vlab-t/cgroup.type
rmdir vlab-t
