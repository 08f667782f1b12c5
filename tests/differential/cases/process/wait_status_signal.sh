# shell: sh
# wait returns 128+N for a child killed by signal N.
sleep 5 & p=$!; kill -KILL $p; { wait $p; } 2>/dev/null; echo "KILL $?"
sleep 5 & p=$!; kill -HUP $p; { wait $p; } 2>/dev/null; echo "HUP $?"
sleep 5 & p=$!; kill -USR1 $p; { wait $p; } 2>/dev/null; echo "USR1 $?"
sh -c 'exit 42' & wait $!; echo "exit $?"
