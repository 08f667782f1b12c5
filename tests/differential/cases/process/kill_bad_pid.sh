# shell: bash
# kill of a non-number and of a missing pid.
kill abc; echo "status $?"
kill 99999; echo "status $?"
kill; echo "status $?"
