# shell: sh
# A busy loop in a frozen group stops running and resumes on thaw.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-fl
sh -c "echo \$\$ > vlab-fl/cgroup.procs; while :; do :; done" &
p=$!
sleep 0.2
echo 1 > vlab-fl/cgroup.freeze
i=0; until grep -q "frozen 1" vlab-fl/cgroup.events || [ $i -gt 100 ]; do sleep 0.05; i=$((i+1)); done
grep frozen vlab-fl/cgroup.events
cut -d" " -f3 /proc/$p/stat
echo 0 > vlab-fl/cgroup.freeze
grep frozen vlab-fl/cgroup.events
kill $p; wait $p 2>/dev/null
rmdir vlab-fl
