# shell: sh
# The OOM hog of the corpus: dd with a 64M buffer in a 16M group dies of SIGKILL.
# requires: cgroup2:memory
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-dd
echo 16M > vlab-dd/memory.max
{ sh -c 'echo $$ > vlab-dd/cgroup.procs; exec dd if=/dev/zero of=/dev/null bs=64M count=1'; } 2>/dev/null; echo "status $?"
grep -E "^(oom|oom_kill) " vlab-dd/memory.events
rmdir vlab-dd
