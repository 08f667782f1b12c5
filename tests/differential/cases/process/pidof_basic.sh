# shell: sh
# pidof prints the pids of a program newest first; -s only one; nothing and status 1 when none runs.
unshare --pid --fork --mount-proc sh -c 'sleep 5 & a=$!; sleep 6 & b=$!
while [ "$(cat /proc/$b/comm)" != sleep ] || [ "$(cat /proc/$a/comm)" != sleep ]; do sleep 0.01; done
pidof sleep; pidof -s sleep; pidof /bin/sleep
pidof nosuchprog; echo "status $?"
kill $a $b'
