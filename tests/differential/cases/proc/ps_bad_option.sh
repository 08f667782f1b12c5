# shell: sh
# ps with an unknown -o field fails with its message.
ps -o nosuchfield >/dev/null 2>/tmp/err; echo "status $?"
head -2 /tmp/err
