# shell: sh
# Over memory.high a group is throttled and reclaimed, not killed: high counts, oom stays 0.
# requires: cgroup2:memory
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-mhi
echo 8M > vlab-mhi/memory.high
sh -c "echo \$\$ > vlab-mhi/cgroup.procs; exec stress -q --vm 1 --vm-bytes 16M --vm-hang 0 --timeout 2" 2>/dev/null; echo "status $?"
awk "\$1 == \"high\" { print (\$2 > 0) ? \"high counted\" : \"high 0\" }" vlab-mhi/memory.events
grep -E "^(max|oom|oom_kill) " vlab-mhi/memory.events
rmdir vlab-mhi
