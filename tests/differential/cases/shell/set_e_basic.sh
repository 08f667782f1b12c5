# shell: sh
# set -e exits on a failing simple command, with its status.
sh -c 'set -e; echo a; false; echo b'; echo "status $?"
sh -c 'set -e; echo a; sh -c "exit 7"; echo b'; echo "status $?"
