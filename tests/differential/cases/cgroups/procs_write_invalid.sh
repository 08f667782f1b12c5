# shell: sh
# Bad writes to cgroup.procs: not a number, no such pid, two pids in one write.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-w
/bin/echo abc > vlab-w/cgroup.procs; echo "abc $?"
/bin/echo 99999999 > vlab-w/cgroup.procs; echo "no pid $?"
/bin/echo -5 > vlab-w/cgroup.procs; echo "negative $?"
/bin/echo "" > vlab-w/cgroup.procs; echo "empty $?"
sleep 30 & a=$!; sleep 30 & b=$!
/usr/bin/printf "%s\n%s\n" $a $b > vlab-w/cgroup.procs; echo "two $?"
cat vlab-w/cgroup.procs | wc -l
kill $a $b; wait 2>/dev/null
rmdir vlab-w
