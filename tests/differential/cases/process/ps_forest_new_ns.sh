# shell: sh
# ps --forest draws the tree under COMMAND.
unshare --pid --fork --mount-proc sh -c 'sh -c "sleep 5; :" & a=$!; sleep 0.1; ps -e --forest -o pid,comm; kill $a'
