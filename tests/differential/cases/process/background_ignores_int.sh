# shell: sh
# kill -INT does not stop a background job of a non-interactive shell (SIGINT is ignored there); TERM does.
waitfor() { i=0; until eval "$1" || [ $i -ge 500 ]; do sleep 0.01; i=$((i + 1)); done; }
sleep 0.5 & p=$!
waitfor '[ "$(cat /proc/$p/comm)" = sleep ]'
kill -INT $p
wait $p; echo "after INT: $?"
sleep 5 & p=$!
waitfor '[ "$(cat /proc/$p/comm)" = sleep ]'
kill -TERM $p
{ wait $p; } 2>/dev/null; echo "after TERM: $?"
