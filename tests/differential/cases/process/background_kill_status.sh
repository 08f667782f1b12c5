# shell: sh
# kill of a background job: wait returns 128+signal.
sleep 10 & p=$!
kill $p; { wait $p; } 2>/dev/null; echo "TERM: $?"
sleep 10 & p=$!
kill -9 $p; { wait $p; } 2>/dev/null; echo "KILL: $?"
sleep 10 & p=$!
kill -s HUP $p; { wait $p; } 2>/dev/null; echo "HUP: $?"
sleep 10 & p=$!
kill -USR2 $p; { wait $p; } 2>/dev/null; echo "USR2: $?"
