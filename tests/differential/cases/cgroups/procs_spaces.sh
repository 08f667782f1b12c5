# shell: sh
# cgroup.procs accepts a pid with blanks around it.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-sp
sleep 30 & p=$!
echo "  $p  " > vlab-sp/cgroup.procs; echo "status $?"
[ "$(cat vlab-sp/cgroup.procs)" = $p ] && echo moved
kill $p; wait $p 2>/dev/null
rmdir vlab-sp
