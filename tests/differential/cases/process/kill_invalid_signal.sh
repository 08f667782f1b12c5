# shell: bash
# kill with an unknown signal name or number: bash's messages and status 1.
kill -s FOO $$; echo "status $?"
kill -99 $$; echo "status $?"
kill -l 99; echo "status $?"
