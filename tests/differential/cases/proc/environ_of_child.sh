# shell: sh
# /proc/PID/environ is the environment the program was started with.
waitfor() { i=0; until eval "$1" || [ $i -ge 500 ]; do sleep 0.01; i=$((i + 1)); done; }
env -i FOO=bar BAZ='x y' sleep 5 & s=$!
waitfor '[ "$(cat /proc/$s/comm)" = sleep ]'
tr '\0' '\n' < /proc/$s/environ
kill $s
