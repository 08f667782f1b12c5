# shell: bash
# Division by zero is an arithmetic error.
bash -c 'echo $((1 / 0))'; echo "status $?"
bash -c 'echo $((5 % 0))'; echo "status $?"
