# shell: sh
# A background job of a non-interactive shell ignores SIGINT and SIGQUIT.
waitfor() { i=0; until eval "$1" || [ $i -ge 500 ]; do sleep 0.01; i=$((i + 1)); done; }
sleep 5 & p=$!
waitfor '[ "$(cat /proc/$p/comm)" = sleep ]'
grep '^SigIgn:' /proc/$p/status
kill $p
