# shell: sh
# diff -u headers (times masked), exit codes 0/1/2, normal format, -q, identical files.
cd /tmp && printf 'a\nb\nc\nd\n' > old && printf 'a\nB\nc\nd\ne\n' > new
diff old new; echo "rc=$?"
diff -u old new | sed 's/\t.*//'; echo "rc=$?"
diff -q old new; echo "rc=$?"
diff old old; echo "rc=$?"
diff old nope; echo "rc=$?"
diff -u /dev/null new | sed 's/\t.*//'
diff -c old new | sed 's/\t.*//'
printf 'x' > nonl; printf 'x\n' > nl; diff nonl nl; echo "rc=$?"
