# shell: sh
# wc -l with < (no name), with a name, of several with total, wc -c of a binary, wc -w of empty.
cd /tmp && printf 'a b\nc\n' > f && : > e
wc -l < f
wc -l f
wc -l f e
wc -w e
head -c 100 /dev/zero | wc -c
wc -l /dev/null
