# shell: sh
# Forks beyond pids.max fail; pids.events counts them; pids.peak stops at the limit.
# requires: cgroup2:pids
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-pl
echo 3 > vlab-pl/pids.max
dash -c 'echo $$ > vlab-pl/cgroup.procs; sleep 1 & sleep 1 & sleep 1 & sleep 1 & wait' 2>/dev/null
i=0; while grep -q "populated 1" vlab-pl/cgroup.events && [ $i -lt 100 ]; do sleep 0.1; i=$((i+1)); done
echo "events: $(cat vlab-pl/pids.events)"
echo "local: $(cat vlab-pl/pids.events.local)"
echo "peak: $(cat vlab-pl/pids.peak)"
rmdir vlab-pl
