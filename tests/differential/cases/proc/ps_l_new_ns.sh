# shell: sh
# ps -l and ps -f columns for a sleep in a fresh pid namespace (times, sizes and addresses masked; F left out).
unshare --pid --fork --mount-proc sh -c 'sleep 5 & a=$!
until read c < /proc/$a/comm && [ "$c" = sleep ]; do :; done
ps -l -p $a | awk "{ print \$2, \$3, \$4, \$5, \$6, \$7, \$8, \$NF }"
ps -f -p $a | awk "{ print \$1, \$2, \$3, \$4, \$(NF-1), \$NF }"
kill $a'
