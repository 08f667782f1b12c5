# shell: sh
# renice's message, and ps reading the new value.
waitfor() { i=0; until eval "$1" || [ $i -ge 500 ]; do sleep 0.01; i=$((i + 1)); done; }
sleep 5 & s=$!
waitfor '[ "$(cat /proc/$s/comm)" = sleep ]'
renice -n 4 -p $s | sed "s/$s/PID/"
renice 10 $s | sed "s/$s/PID/"
ps -o ni= -p $s
renice -n 1 -p 99999; echo "status $?"
kill $s
