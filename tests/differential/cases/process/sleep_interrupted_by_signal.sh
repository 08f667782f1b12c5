# shell: sh
# SIGTERM ends a sleeping process before its time; status 143.
sleep 30 & p=$!
sleep 0.1
kill -TERM $p
{ wait $p; } 2>/dev/null; echo "status $?"
