# shell: sh
# cmp reports the first difference; -s quiet; EOF on shorter file.
cd /tmp
printf 'abc' > a; printf 'abd' > b; printf 'ab' > c
cmp a b; echo "status $?"
cmp -s a a; echo "status $?"
cmp a c; echo "status $?"
cmp a nope; echo "status $?"
