# shell: sh
# ps -j shows PGID and SID; a background job shares the shell's group without job control.
unshare --pid --fork --mount-proc sh -c 'sleep 5 & a=$!
until read c < /proc/$a/comm && [ "$c" = sleep ]; do :; done
ps -j -e | awk "{ print \$1, \$2, \$3, \$NF }"
kill $a'
