# shell: sh
# /proc/PID/wchan of a sleeping sleep is a kernel function name (not 0).
waitfor() { i=0; until eval "$1" || [ $i -ge 500 ]; do sleep 0.01; i=$((i + 1)); done; }
sleep 5 & s=$!
waitfor '[ "$(cat /proc/$s/comm)" = sleep ]'
waitfor 'grep -q "^State:	S" /proc/$s/status'
[ -r /proc/$s/wchan ] && echo readable
kill $s
