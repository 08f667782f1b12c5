# shell: sh
# /proc/PID disappears once the child is reaped.
sleep 0.1 & p=$!
[ -d /proc/$p ] && echo "present while running"
wait $p
[ -e /proc/$p ] || echo "gone after wait"
