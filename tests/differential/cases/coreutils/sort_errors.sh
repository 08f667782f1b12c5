# shell: sh
# sort errors: missing file, bad key.
sort /tmp/nope; echo "status $?"
sort -k 0 /dev/null; echo "status $?"
