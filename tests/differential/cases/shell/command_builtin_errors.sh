# shell: bash
# bash builtin errors: shift out of range, exit with a non-number, unknown builtin.
bash -c 'shift 3'; echo "status $?"
bash -c 'exit abc'; echo "status $?"
bash -c 'builtin nosuch'; echo "status $?"
bash -c 'cd; pwd'
