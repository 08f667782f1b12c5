# shell: bash
# bash's message for exec of a missing command.
bash -c 'exec nosuch-xyz'; echo "status $?"
