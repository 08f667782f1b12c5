# shell: sh
# killall of no such process, and -v output.
unshare --pid --fork --mount-proc sh -c '
killall nosuchproc; echo "status $?"
sleep 5 & p=$!; while [ "$(cat /proc/$p/comm)" != sleep ]; do sleep 0.01; done; 
killall -v sleep; { wait $p; } 2>/dev/null; echo "status $?"
killall -q nosuchproc; echo "status $?"'
