# shell: sh
# cgroup.kill takes only 1; it kills every member, nested ones too.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir -p vlab-k/in
(sleep 30 & echo $! > /tmp/a; sleep 30 & echo $! > /tmp/b; wait) 2>/dev/null & w=$!
i=0; while [ ! -s /tmp/b ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i+1)); done; a=$(cat /tmp/a); b=$(cat /tmp/b)
echo $a > vlab-k/cgroup.procs; echo $b > vlab-k/in/cgroup.procs
/bin/echo 0 > vlab-k/cgroup.kill; echo "zero $?"
/bin/echo 2 > vlab-k/cgroup.kill; echo "two $?"
echo 1 > vlab-k/cgroup.kill; echo "one $?"
wait $w; echo "waited"
i=0; while grep -q "populated 1" vlab-k/cgroup.events && [ $i -lt 50 ]; do sleep 0.1; i=$((i+1)); done; cat vlab-k/cgroup.events
rmdir vlab-k/in vlab-k
