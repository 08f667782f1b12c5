# shell: bash
# bash's kill builtin message for a missing pid and a bad signal name.
bash -c 'kill 999999'; echo "status $?"
bash -c 'kill -NOSUCH 1'; echo "status $?"
