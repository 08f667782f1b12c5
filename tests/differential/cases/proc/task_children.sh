# shell: sh
# /proc/PID/task/PID/children lists the child pids, each followed by a space.
unshare --pid --fork --mount-proc sh -c 'sleep 5 & a=$!; sleep 5 & b=$!; while [ "$(cat /proc/$a/comm)" != sleep ]; do sleep 0.01; done; while [ "$(cat /proc/$b/comm)" != sleep ]; do sleep 0.01; done; cat /proc/1/task/1/children; echo "|"; kill $a $b'
