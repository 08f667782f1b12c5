# shell: sh
# wait returns 128+N when a trapped signal arrives, after the trap runs.
trap 'echo "trap USR1"' USR1
sleep 3 & p=$!
sh -c 'sleep 0.2; kill -USR1 $PPID' &
wait $p; echo "wait status $?"
kill $p
