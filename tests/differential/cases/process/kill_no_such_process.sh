# shell: sh
# kill(1) of a pid that does not exist: ESRCH, status 1.
/bin/kill 999999; echo "status $?"
kill 999999 2>/dev/null; echo "builtin status $?"
