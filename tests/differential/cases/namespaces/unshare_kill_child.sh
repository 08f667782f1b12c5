# shell: sh
# unshare --kill-child: when unshare dies, its forked child (pid 1 of the new namespace) gets SIGKILL, and the namespace with it.
unshare -fp --kill-child sh -c 'sleep 100' &
u=$!
sleep 0.3
child=$(pgrep -P $u)
[ -n "$child" ] && echo "unshare has a child"
kill -9 $u
{ wait $u; } 2>/dev/null
echo "unshare status $?"
i=0; while [ -e /proc/$child ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i+1)); done
[ -e /proc/$child ] || echo "the child died with it"
