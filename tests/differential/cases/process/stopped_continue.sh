# shell: sh
# SIGSTOP makes a process T, SIGCONT brings it back to S.
waitfor() { i=0; until eval "$1" || [ $i -ge 500 ]; do sleep 0.01; i=$((i + 1)); done; }
sleep 5 & s=$!
waitfor '[ "$(cat /proc/$s/comm)" = sleep ]'
waitfor 'grep -q "^State:	S" /proc/$s/status'
kill -STOP $s
waitfor 'grep -q "^State:	T" /proc/$s/status'
grep State /proc/$s/status
ps -o stat= -p $s
kill -CONT $s
waitfor 'grep -q "^State:	S" /proc/$s/status'
grep State /proc/$s/status
kill $s
