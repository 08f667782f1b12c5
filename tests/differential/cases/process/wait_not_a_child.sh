# shell: sh
# wait on a pid that is not a child returns 127.
wait 999999 2>/dev/null; echo "status $?"
