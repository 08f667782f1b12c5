# shell: sh
# The OOM killer reports in the kernel log who was killed and in which memcg.
# requires: cgroup2:memory dmesg
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-od
echo 16M > vlab-od/memory.max
n=$(dmesg | wc -l)
sh -c 'echo $$ > vlab-od/cgroup.procs; exec stress -q --vm 1 --vm-bytes 64M --timeout 10' 2>/dev/null
dmesg | tail -n +$((n + 1)) | sed 's/^\[[ 0-9.]*\] //' | grep -E "invoked oom-killer|^oom-kill:|^Memory cgroup out of memory|^memory: |^Memory cgroup stats for" | sed 's/pid=[0-9]*/pid=N/; s/process [0-9]*/process N/; s/usage [0-9]*kB/usage NkB/; s/failcnt [0-9]*/failcnt N/; s/total-vm:.*/.../'
rmdir vlab-od
