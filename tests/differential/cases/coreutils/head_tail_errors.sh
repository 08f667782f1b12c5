# shell: sh
# head/tail invalid counts.
head -n x /dev/null; echo "status $?"
tail -n y /dev/null; echo "status $?"
tail /tmp/nope; echo "status $?"
