# shell: sh
# /proc/PID/stat of a sleeping child: comm in parentheses, state S, ppid is the shell.
waitfor() { i=0; until eval "$1" || [ $i -ge 500 ]; do sleep 0.01; i=$((i + 1)); done; }
sleep 5 & p=$!
waitfor '[ "$(cat /proc/$p/comm)" = sleep ] && [ "$(cut -d" " -f3 /proc/$p/stat)" = S ]'
read -r pid comm state ppid rest < /proc/$p/stat
echo "$comm $state"
[ "$pid" = "$p" ] && echo "pid field is the pid"
[ "$ppid" = "$$" ] && echo "ppid field is this shell"
kill $p
