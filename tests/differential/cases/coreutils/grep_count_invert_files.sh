# shell: sh
# grep -c with several files; -v -c; -m max count; -s silences errors.
cd /tmp && printf 'a\nb\na\n' > f && printf 'c\n' > g
grep -c a f g
grep -vc a f
grep -m1 -n a f
grep -s a nope; echo "status $?"
