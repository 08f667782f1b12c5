# shell: sh
# cmp of equal files, stdin as '-', and the same file twice.
cd /tmp
printf 'same\n' > a; cp a b
cmp a b; echo "status $?"
cat a | cmp - b; echo "status $?"
cmp a a; echo "status $?"
printf 'samf\n' | cmp a -; echo "status $?"
cmp -s a /nonexistent; echo "status $?"
