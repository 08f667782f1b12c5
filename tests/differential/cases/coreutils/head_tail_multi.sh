# shell: sh
# head/tail with several files print ==> name <== headers; -q hides them.
echo a > /tmp/x; echo b > /tmp/y
head /tmp/x /tmp/y
tail -q /tmp/x /tmp/y
head /tmp/x /tmp/nope; echo "status $?"
