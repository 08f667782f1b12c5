# shell: sh
# ps -o col=TITLE renames a header; an empty title drops the header line.
waitfor() { i=0; until eval "$1" || [ $i -ge 500 ]; do sleep 0.01; i=$((i + 1)); done; }
sleep 5 & s=$!
waitfor '[ "$(cat /proc/$s/comm)" = sleep ]'
ps -o pid=PROCESS,comm=NAME -p $s | sed "s/ *$s/PID/"
ps -o comm= -p $s
kill $s
