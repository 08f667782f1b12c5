# shell: sh
# pkill -USR1 and -e echoes what it killed.
unshare --pid --fork --mount-proc sh -c '
sleep 5 & p=$!; while [ "$(cat /proc/$p/comm)" != sleep ]; do sleep 0.01; done; 
pkill -e -TERM sleep
{ wait $p; } 2>/dev/null; echo "status $?"
pkill nothing-here; echo "status $?"'
