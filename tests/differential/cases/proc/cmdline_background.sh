# shell: sh
# /proc/PID/cmdline of a background job: its argv.
waitfor() { i=0; until eval "$1" || [ $i -ge 500 ]; do sleep 0.01; i=$((i + 1)); done; }
sleep 7 & p=$!
waitfor '[ "$(cat /proc/$p/comm)" = sleep ]'
tr '\0' ' ' < /proc/$p/cmdline; echo
kill $p
