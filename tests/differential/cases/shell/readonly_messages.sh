# shell: bash
# bash's readonly messages.
bash -c 'readonly r=1; r=2; echo "still running"'; echo "status $?"
bash -c 'readonly r=1; unset r'; echo "status $?"
