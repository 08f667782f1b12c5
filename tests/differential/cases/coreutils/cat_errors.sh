# shell: sh
# cat of a missing file and a directory: messages, status 1, other files still printed.
echo ok > /tmp/f
cat /tmp/nope /tmp/f /tmp; echo "status $?"
