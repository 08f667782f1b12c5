# shell: sh
# timeout: 124 on TERM, 137 when the command dies of KILL (-s KILL or -k).
timeout 0.2 sleep 5; echo "status $?"
{ timeout -s KILL 0.2 sleep 5; } 2>/dev/null; echo "status $?"
{ timeout -k 0.2 0.2 sh -c 'trap "" TERM; sleep 5'; } 2>/dev/null; echo "status $?"
timeout --preserve-status 0.2 sleep 5; echo "status $?"
