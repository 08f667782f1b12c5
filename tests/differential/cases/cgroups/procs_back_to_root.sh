# shell: sh
# A process moves back to the root group by writing its pid to the root's cgroup.procs.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-br
sleep 30 & p=$!
echo $p > vlab-br/cgroup.procs
orig=$(grep "^0::" /proc/$$/cgroup | cut -d: -f3)
echo $p > "$cg$orig/cgroup.procs"; echo "status $?"
[ "$(grep "^0::" /proc/$p/cgroup)" = "0::$orig" ] && echo "back where it came from"
rmdir vlab-br; echo "rmdir $?"
kill $p; wait $p 2>/dev/null
