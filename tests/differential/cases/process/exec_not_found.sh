# shell: sh
# exec of a missing command exits the non-interactive shell with 127.
sh -c 'exec nosuch-xyz; echo not reached' 2>/dev/null; echo "status $?"
