# shell: bash
# return outside a function or sourced script is an error.
bash -c 'return 3'; echo "status $?"
