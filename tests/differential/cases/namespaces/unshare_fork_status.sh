# shell: sh
# With --fork the parent waits and exits with the child status.
unshare -f sh -c "exit 3"; echo "status $?"
unshare -fp sh -c "echo \$\$"
