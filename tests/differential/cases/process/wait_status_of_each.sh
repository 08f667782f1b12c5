# shell: sh
# wait PID returns that child's exit status, in any order.
sh -c 'exit 2' & a=$!
sh -c 'exit 3' & b=$!
sh -c 'exit 4' & c=$!
wait $b; echo "b $?"
wait $a; echo "a $?"
wait $c; echo "c $?"
wait; echo "all $?"
