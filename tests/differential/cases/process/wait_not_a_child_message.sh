# shell: bash
# bash's message for wait on a non-child.
bash -c 'wait 999999'; echo "status $?"
