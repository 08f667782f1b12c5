# shell: bash
# local outside a function is an error.
bash -c 'local x=1'; echo "status $?"
