# shell: sh
# io.weight: "default N", 1..10000.
# requires: cgroup2:io
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-iw
cat vlab-iw/io.weight
for v in 200 "default 300" 0 10001 x; do echo "$v" | tee vlab-iw/io.weight >/dev/null; echo "[$v] $? $(cat vlab-iw/io.weight)"; done
rmdir vlab-iw
