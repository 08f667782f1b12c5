# shell: sh
# ps STAT in a fresh PID namespace: S for a sleeper, T when stopped, R for ps itself.
unshare --pid --fork --mount-proc sh -c '
sleep 10 & s=$!
sleep 10 & t=$!
i=0; until [ "$(cat /proc/$s/comm)" = sleep ] && [ "$(cat /proc/$t/comm)" = sleep ] || [ $i -gt 200 ]; do sleep 0.01; i=$((i+1)); done
kill -STOP $t
i=0; until [ "$(cut -d" " -f3 /proc/$t/stat)" = T ] || [ $i -gt 200 ]; do sleep 0.01; i=$((i+1)); done
ps -o ppid,stat,comm
kill -9 $s $t; true'
