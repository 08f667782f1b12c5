# shell: bash
# wait -n returns the status of the next job to finish; wait PID of each; wait on unknown pid.
(sleep 0.3; exit 3) & p1=$!
(sleep 0.1; exit 5) & p2=$!
wait -n; echo "first $?"
wait -n; echo "second $?"
(exit 7) & p=$!; wait $p; echo "pid $?"
wait 99999; echo "unknown $?"
wait; echo "all $?"
