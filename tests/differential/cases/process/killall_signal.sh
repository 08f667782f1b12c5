# shell: sh
# killall -s KILL and killall -l.
unshare --pid --fork --mount-proc sh -c '
sleep 5 & p=$!; while [ "$(cat /proc/$p/comm)" != sleep ]; do sleep 0.01; done; 
killall -s KILL sleep; { wait $p; } 2>/dev/null; echo "status $?"'
killall -l
