# shell: sh
# seq errors: invalid number, zero increment.
seq x; echo "status $?"
seq 1 0 5; echo "status $?"
seq; echo "status $?"
