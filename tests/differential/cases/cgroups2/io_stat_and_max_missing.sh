# shell: sh
# io.stat of an idle group is empty; io.max for a device that does not exist is ENODEV.
# requires: cgroup2:io
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir -p vlab-io
wc -c < vlab-io/io.stat
echo "250:99 rbps=1000" | tee vlab-io/io.max >/dev/null; echo "missing dev $?"
echo "bogus" | tee vlab-io/io.max >/dev/null; echo "bogus $?"
cat vlab-io/io.max | wc -c
rmdir vlab-io
