# shell: sh
# cgroup.procs lists several members, one per line.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-po
sleep 30 & a=$!
sleep 30 & b=$!
sleep 30 & c=$!
for p in $a $b $c; do echo $p > vlab-po/cgroup.procs; done
sort -n vlab-po/cgroup.procs | tr '\n' ' ' | awk -v a=$a -v b=$b -v c=$c '{print ($0 == a" "b" "c" ") ? "all three" : $0}'
kill $a $b $c; wait
rmdir vlab-po
