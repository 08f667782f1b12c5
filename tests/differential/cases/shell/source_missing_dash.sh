# shell: sh
# dash's message for . of a missing file; the shell exits.
dash -c '. /tmp/nope; echo not reached'; echo "status $?"
