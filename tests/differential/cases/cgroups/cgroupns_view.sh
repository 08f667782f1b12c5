# shell: sh
# unshare -C from inside a group: /proc/self/cgroup shows / and the outside shows the real path.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-ns
sh -c 'echo 0 > vlab-ns/cgroup.procs; exec unshare -C sh -c "grep ^0:: /proc/self/cgroup; exec sleep 30"' & p=$!
i=0; while [ "$(cat /proc/$p/comm)" != sleep ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i+1)); done
grep ^0:: /proc/$p/cgroup
kill $p; wait $p 2>/dev/null
rmdir vlab-ns
