# shell: sh
# /proc/PID/cmdline with tr: each argument NUL-terminated, kept verbatim.
waitfor() { i=0; until eval "$1" || [ $i -ge 500 ]; do sleep 0.01; i=$((i + 1)); done; }
sleep 5 & s=$!
waitfor '[ "$(cat /proc/$s/comm)" = sleep ]'
tr '\0' '|' < /proc/$s/cmdline; echo
sh -c 'tr "\0" "|" < /proc/$$/cmdline; echo' arg0 'a b' ''
kill $s
