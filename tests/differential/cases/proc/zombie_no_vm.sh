# shell: sh
# A zombie has no Vm lines in status and an all-zero statm.
waitfor() { i=0; until eval "$1" || [ $i -ge 500 ]; do sleep 0.01; i=$((i + 1)); done; }
sh -c 'sleep 0.1 & echo $! > /tmp/zpid; exec sleep 30' &
parent=$!
waitfor '[ -s /tmp/zpid ] && [ "$(cat /proc/$parent/comm)" = sleep ]'
z=$(cat /tmp/zpid)
waitfor 'grep -q "^State:	Z" /proc/$z/status'
grep -c '^Vm' /proc/$z/status
cat /proc/$z/statm
kill $parent
