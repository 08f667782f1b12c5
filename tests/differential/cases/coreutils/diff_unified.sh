# shell: sh
# diff -u output (header dates masked), statuses 0/1/2; diff -q; diff normal.
cd /tmp
printf 'a\nb\nc\nd\n' > x; printf 'a\nB\nc\nd\ne\n' > y
diff -u x y | sed '1,2s/\t.*//'
diff -u x y >/dev/null; echo "status $?"
diff x x; echo "status $?"
diff -q x y; echo "status $?"
diff x y
diff x nope; echo "status $?"
