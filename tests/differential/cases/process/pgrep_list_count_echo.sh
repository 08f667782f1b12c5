# shell: sh
# pgrep -c/-l/-a/-x/-n/-P, pkill -e's "killed (pid N)" line, kill -l conversions, kill -0 status.
sleep 30 & s=$!
i=0; until [ "$(cat /proc/$s/comm 2>/dev/null)" = sleep ] || [ $i -ge 500 ]; do sleep 0.01; i=$((i + 1)); done
pgrep -c -x sleep
pgrep -x slee; echo rc=$?
pgrep -l -x sleep | sed 's/^[0-9]*/N/'
pgrep -a -x sleep | sed 's/^[0-9]*/N/'
pgrep -n -x sleep | grep -qx $s && echo newest
pgrep -P $$ -x sleep | grep -qx $s && echo child
pkill -e -x sleep | sed 's/[0-9][0-9]*/N/'
{ wait $s; } 2>/dev/null; echo st=$?
pkill -x nothing; echo rc=$?
kill -0 $$; echo rc=$?
kill -l 9; kill -l 130
/bin/kill -l 9; /bin/kill -l KILL
