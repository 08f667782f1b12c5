# shell: sh
# exe of a sleep is the sleep binary; cwd and root follow the process.
waitfor() { i=0; until eval "$1" || [ $i -ge 500 ]; do sleep 0.01; i=$((i + 1)); done; }
cd /tmp
sleep 5 & s=$!
waitfor '[ "$(cat /proc/$s/comm)" = sleep ]'
readlink /proc/$s/exe
readlink /proc/$s/cwd
readlink /proc/$s/root
kill $s
