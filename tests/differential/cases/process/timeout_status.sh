# shell: sh
# timeout: 124 when the limit hits, the command's status otherwise, 128+9 with -s KILL.
timeout 0.2 sleep 5; echo "status $?"
timeout 5 sh -c 'exit 3'; echo "status $?"
{ timeout -s KILL 0.2 sleep 5; } 2>/dev/null; echo "status $?"
timeout 1 nosuch-xyz; echo "status $?"
