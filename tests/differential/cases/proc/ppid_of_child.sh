# shell: sh
# PPid in status and field 4 of stat are the parent's pid.
waitfor() { i=0; until eval "$1" || [ $i -ge 500 ]; do sleep 0.01; i=$((i + 1)); done; }
sleep 5 & s=$!
waitfor '[ "$(cat /proc/$s/comm)" = sleep ]'
[ "$(awk '/^PPid:/ {print $2}' /proc/$s/status)" = $$ ] && echo "status PPid ok"
[ "$(cut -d' ' -f4 /proc/$s/stat)" = $$ ] && echo "stat ppid ok"
kill $s
