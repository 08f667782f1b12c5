# shell: sh
# A user ns with a 65536-id map written by host root: nsenter -U becomes its root, which may setuid to any mapped id (CAP_SETUID there) and then has no capabilities.
unshare -U sh -c 'echo $$ > /tmp/ns.pid; exec sleep 30' &
i=0; while [ ! -s /tmp/ns.pid ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i+1)); done
p=$(cat /tmp/ns.pid)
echo '0 100000 65536' > /proc/$p/uid_map
echo '0 100000 65536' > /proc/$p/gid_map
cat /proc/$p/uid_map
nsenter -U -t $p id
nsenter -U -t $p --preserve-credentials id
nsenter -U -t $p setpriv --reuid=1234 --regid=1234 --clear-groups sh -c 'id; grep -E "^(Uid|Cap[PE])" /proc/self/status'
nsenter -U -t $p setpriv --reuid=1234 --regid=1234 --clear-groups kill -0 $p 2>/dev/null; echo "kill as 1234: rc=$?"
nsenter -U -t $p kill -0 $p; echo "kill as ns root: rc=$?"
nsenter -U -t $p chown 5:5 /tmp/ns.pid; echo rc=$?
grep -E '^(Uid|Gid)' /proc/$p/status
kill $p; wait 2>/dev/null
echo done
