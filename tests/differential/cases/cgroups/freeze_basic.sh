# shell: sh
# cgroup.freeze=1 freezes the group: frozen 1 in cgroup.events, tasks sleep (S); 0 thaws.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-fz
sleep 30 & p=$!
echo $p > vlab-fz/cgroup.procs
echo 1 > vlab-fz/cgroup.freeze
i=0; until grep -q "frozen 1" vlab-fz/cgroup.events || [ $i -gt 100 ]; do sleep 0.05; i=$((i+1)); done
cat vlab-fz/cgroup.freeze vlab-fz/cgroup.events
cut -d" " -f3 /proc/$p/stat
echo 0 > vlab-fz/cgroup.freeze
cat vlab-fz/cgroup.events
kill $p; wait $p 2>/dev/null
rmdir vlab-fz
