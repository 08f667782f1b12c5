# shell: sh
# timeout -k sends KILL after the grace period to a command that ignores TERM.
{ timeout -k 0.2 0.1 sh -c 'trap "" TERM; sleep 5'; } 2>/dev/null; echo "status $?"
timeout --preserve-status 0.1 sleep 5; echo "status $?"
