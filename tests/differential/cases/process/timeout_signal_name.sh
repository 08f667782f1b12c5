# shell: sh
# timeout -s INT and a bad duration.
timeout -s INT 0.1 sleep 5; echo "status $?"
timeout abc sleep 1; echo "status $?"
