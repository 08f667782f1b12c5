# shell: sh
# wc counts lines, words, bytes; several files get a total; -c -l -w -L.
printf 'one two\nthree\n' > /tmp/a; printf 'x' > /tmp/b
wc /tmp/a
wc /tmp/a /tmp/b
wc -l < /tmp/a
wc -w /tmp/a; wc -c /tmp/b; wc -L /tmp/a
echo hi | wc
wc /tmp/nope; echo "status $?"
