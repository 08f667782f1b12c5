# shell: sh
# A command substitution's status is the assignment's status.
x=$(exit 4); echo "status $?"
x=$(false) || echo "failed"
x=$(echo out; exit 3); echo "$x $?"
