# shell: sh
# cmp -l lists differing bytes in octal; -b shows them; -n limits.
cd /tmp
printf 'abcdef' > a; printf 'abXdeY' > b
cmp -l a b; echo "status $?"
cmp -b a b; echo "status $?"
cmp -bl a b
cmp -n 2 a b; echo "status $?"
