# shell: sh
# diff -y --suppress-common-lines; cmp's EOF note ("line N" at a line end, "in line N" inside one)
printf 'a\nb\nc\ne\n' > x; printf 'a\nB\nc\nd\ne\n' > y
diff -y -W 30 x y; echo "rc=$?"
diff -y -W 30 --suppress-common-lines x y; echo "rc=$?"
printf 'a\n' > z; printf 'a\nb\n' > z2; printf 'a\nb\nc' > z3; printf 'ab' > z5; printf 'abc' > z6
cmp z z2; echo "rc=$?"; cmp z2 z3; echo "rc=$?"; cmp z5 z6; echo "rc=$?"; cmp z6 z5; echo "rc=$?"
: > empty; cmp empty z; echo "rc=$?"
cmp -l z5 z6; echo "rc=$?"
