# shell: sh
# A background sleep is in state S (sleeping).
waitfor() { i=0; until eval "$1" || [ $i -ge 500 ]; do sleep 0.01; i=$((i + 1)); done; }
sleep 5 & p=$!
waitfor '[ "$(cat /proc/$p/comm)" = sleep ] && grep -q "^State:	S" /proc/$p/status'
grep '^State:' /proc/$p/status
kill $p
