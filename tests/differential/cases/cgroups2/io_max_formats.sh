# shell: sh
# io.max per device: "MAJ:MIN key=value", all max removes the line.
# requires: cgroup2:io
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-io
echo "254:0 rbps=1048576" > vlab-io/io.max; cat vlab-io/io.max
echo "254:0 wiops=100 riops=max" > vlab-io/io.max; cat vlab-io/io.max
echo "254:0 wbps=2097152" > vlab-io/io.max; cat vlab-io/io.max
echo "254:0 rbps=max wbps=max riops=max wiops=max" > vlab-io/io.max; echo "[$(cat vlab-io/io.max)]"
rmdir vlab-io
