# shell: bash
# bash wait -n returns the status of the next child to finish.
sh -c 'sleep 0.3; exit 5' & sh -c 'exit 7' &
wait -n; echo "first $?"
wait -n; echo "second $?"
