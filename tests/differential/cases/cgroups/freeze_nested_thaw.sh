# shell: sh
# Thawing a parent leaves a child that is frozen itself frozen.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir -p vlab-nt/c
sleep 30 & p=$!
echo $p > vlab-nt/c/cgroup.procs
echo 1 > vlab-nt/c/cgroup.freeze
echo 1 > vlab-nt/cgroup.freeze
i=0; until grep -q "frozen 1" vlab-nt/c/cgroup.events || [ $i -gt 100 ]; do sleep 0.05; i=$((i+1)); done
echo 0 > vlab-nt/cgroup.freeze
i=0; while grep -q "frozen 1" vlab-nt/cgroup.events && [ $i -lt 100 ]; do sleep 0.05; i=$((i+1)); done
grep frozen vlab-nt/cgroup.events vlab-nt/c/cgroup.events
echo 0 > vlab-nt/c/cgroup.freeze
i=0; while grep -q "frozen 1" vlab-nt/c/cgroup.events && [ $i -lt 100 ]; do sleep 0.05; i=$((i+1)); done
grep frozen vlab-nt/c/cgroup.events
kill $p; wait $p 2>/dev/null
rmdir vlab-nt/c vlab-nt
