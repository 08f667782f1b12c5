# shell: sh
# A fork bomb in a group with pids.max=20 stops at the limit; cgroup.kill ends it.
# requires: cgroup2:pids bash
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-fb
echo 20 > vlab-fb/pids.max
bash -c 'echo $$ > vlab-fb/cgroup.procs; :(){ :|:& };:' >/dev/null 2>&1 &
sleep 3
echo "peak $(cat vlab-fb/pids.peak)"
awk '{ print ($2 > 0) ? "pids.events max > 0" : $0 }' vlab-fb/pids.events
echo 1 > vlab-fb/cgroup.kill
i=0; while grep -q "populated 1" vlab-fb/cgroup.events && [ $i -lt 100 ]; do sleep 0.1; i=$((i+1)); done
cat vlab-fb/cgroup.events
wait 2>/dev/null
echo "still usable"
rmdir vlab-fb
