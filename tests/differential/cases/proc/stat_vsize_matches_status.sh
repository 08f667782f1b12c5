# shell: sh
# /proc/PID/stat's vsize (bytes) equals VmSize (kB) * 1024.
waitfor() { i=0; until eval "$1" || [ $i -ge 500 ]; do sleep 0.01; i=$((i + 1)); done; }
sleep 5 & s=$!
waitfor '[ "$(cat /proc/$s/comm)" = sleep ]'
vs=$(awk '/^VmSize:/ {print $2}' /proc/$s/status)
set -- $(cut -d' ' -f23,24 /proc/$s/stat)
[ "$1" -eq $((vs * 1024)) ] && echo "vsize ok"
kill $s
