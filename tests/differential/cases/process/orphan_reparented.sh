# shell: sh
# A child whose parent exits is re-parented to PID 1 (the namespace's init).
waitfor() { i=0; until eval "$1" || [ $i -ge 500 ]; do sleep 0.01; i=$((i + 1)); done; }
sh -c 'sleep 3 & echo $! > /tmp/p'
p=$(cat /tmp/p)
waitfor '[ "$(awk "/^PPid:/ {print \$2}" /proc/$p/status)" = 1 ]'
awk '/^PPid:/ {print $2}' /proc/$p/status
kill $p
