# shell: sh
# cat - reads stdin between files.
echo one > /tmp/a; echo three > /tmp/c
echo two | cat /tmp/a - /tmp/c
