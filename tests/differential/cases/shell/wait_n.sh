# shell: bash
# wait -n returns when any one job ends, with its status.
sleep 0.3 & sh -c 'exit 6' &
wait -n; echo "first done: $?"
wait; echo "all: $?"
