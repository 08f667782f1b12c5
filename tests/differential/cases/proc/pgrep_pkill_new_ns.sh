# shell: sh
# pgrep finds processes by name, pkill signals them (in a fresh PID namespace).
unshare --pid --fork --mount-proc sh -c '
sleep 10 & sleep 10 &
i=0; until [ "$(pgrep -c -x sleep)" = 2 ] || [ $i -gt 200 ]; do sleep 0.01; i=$((i+1)); done
pgrep -x sleep
pgrep -l -x sleep
pkill -x sleep
wait
pgrep -x sleep; echo "status $?"'
