# shell: sh
# wait with no operand waits for all children and returns 0.
sh -c 'exit 3' & sh -c 'exit 4' &
wait; echo "status $?"
