# shell: sh
# cmp skips bytes (-i, SKIP operands); EOF messages; line numbers count newlines.
cd /tmp
printf 'x\ny\nz' > d; printf 'x\ny\nw' > e; printf 'abc' > a; printf 'zbc' > b
cmp d e; cmp -i 1 a b; echo "status $?"; cmp a b 1 1; echo "status $?"
cmp - a </dev/null; echo "status $?"
cmp -l d /dev/null; echo "status $?"
cmp -i x a b; echo "status $?"; cmp a b c d e; echo "status $?"
