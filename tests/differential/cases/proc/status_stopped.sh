# shell: sh
# SIGSTOP puts a process in state T (stopped); SIGCONT resumes it to S.
waitfor() { i=0; until eval "$1" || [ $i -ge 500 ]; do sleep 0.01; i=$((i + 1)); done; }
sleep 5 & p=$!
waitfor '[ "$(cat /proc/$p/comm)" = sleep ]'
kill -STOP $p
waitfor 'grep -q "^State:	T" /proc/$p/status'
grep '^State:' /proc/$p/status
cut -d' ' -f3 /proc/$p/stat
kill -CONT $p
waitfor 'grep -q "^State:	S" /proc/$p/status'
grep '^State:' /proc/$p/status
kill $p
