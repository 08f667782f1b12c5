# shell: sh
# diff -u against /dev/null and an empty file; missing newline marker.
cd /tmp
printf 'a\nb' > nonl; printf 'a\nb\n' > nl
diff -u nl nonl | sed '1,2s/\t.*//'
: > empty
diff -u empty nl | sed '1,2s/\t.*//'
