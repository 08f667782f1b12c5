# shell: sh
# ps shows a different VSZ for sleep and for a shell; RSS is nonzero.
waitfor() { i=0; until eval "$1" || [ $i -ge 500 ]; do sleep 0.01; i=$((i + 1)); done; }
sleep 5 & s=$!
waitfor '[ "$(cat /proc/$s/comm)" = sleep ]'
v1=$(ps -o vsz= -p $s); v2=$(ps -o vsz= -p $$)
[ "$v1" != "$v2" ] && echo differ
[ "$(ps -o rss= -p $s)" -gt 0 ] && echo "rss nonzero"
kill $s
