# shell: sh
# kill takes several pids; the status reports failure if any fails.
sleep 5 & a=$!
sleep 5 & b=$!
kill $a $b; echo "status $?"
{ wait $a; wait $b; } 2>/dev/null
kill $a 2>/dev/null; echo "status $?"
