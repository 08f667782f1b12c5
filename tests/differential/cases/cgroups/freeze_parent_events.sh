# shell: sh
# A frozen parent with a busy child reports frozen once the child's processes stop.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir -p vlab-pe/c
sh -c 'echo $$ > vlab-pe/c/cgroup.procs; while :; do :; done' &
p=$!
echo 1 > vlab-pe/cgroup.freeze
i=0; until grep -q "frozen 1" vlab-pe/c/cgroup.events || [ $i -gt 100 ]; do sleep 0.05; i=$((i+1)); done
grep frozen vlab-pe/cgroup.events vlab-pe/c/cgroup.events
cat vlab-pe/c/cgroup.freeze
kill -9 $p; wait $p 2>/dev/null
echo 0 > vlab-pe/cgroup.freeze
rmdir vlab-pe/c vlab-pe
