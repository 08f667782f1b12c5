# shell: sh
# /proc/PID/task holds one directory per thread: the pid itself for a single-threaded process.
waitfor() { i=0; until eval "$1" || [ $i -ge 500 ]; do sleep 0.01; i=$((i + 1)); done; }
sleep 5 & s=$!
waitfor '[ "$(cat /proc/$s/comm)" = sleep ]'
[ "$(ls /proc/$s/task)" = "$s" ] && echo "task/ is the tid"
cat /proc/$s/task/$s/comm
kill $s
