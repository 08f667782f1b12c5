# shell: sh
# wc default, -l, -w, -c, -m, -L, several files with total, stdin.
cd /tmp && printf 'one two\nthree\n' > a && printf 'x\n' > b
wc a
wc -l a
wc -w a b
wc -c < a
wc -L a
cat a | wc
wc a b
wc a nope; echo "rc=$?"
