# shell: sh
# diff -c context format and diff -y side by side (headers masked).
cd /tmp
printf 'a\nb\nc\n' > x; printf 'a\nB\nc\n' > y
diff -c x y | sed '1,2s/\t.*//'
diff -y -W 20 x y
