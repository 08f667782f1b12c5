# shell: sh
# A niced process shows NI in ps and field 19 of stat.
waitfor() { i=0; until eval "$1" || [ $i -ge 500 ]; do sleep 0.01; i=$((i + 1)); done; }
nice -n 7 sleep 5 & s=$!
waitfor '[ "$(cat /proc/$s/comm)" = sleep ]'
ps -o ni= -p $s
cut -d' ' -f18,19 /proc/$s/stat
kill $s
