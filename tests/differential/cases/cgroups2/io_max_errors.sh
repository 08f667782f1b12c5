# shell: sh
# io.max: an unknown device is ENODEV, an unknown key or bad value EINVAL.
# requires: cgroup2:io
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-ie
for v in "8:0 rbps=1" "254:0 foo=1" "254:0 rbps=abc" "vda rbps=1" "254:0"; do echo "$v" | tee vlab-ie/io.max >/dev/null; echo "[$v] $?"; done
echo "[$(cat vlab-ie/io.max)]"
rmdir vlab-ie
