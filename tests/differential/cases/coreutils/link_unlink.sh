# shell: sh
# link and unlink call link(2)/unlink(2) on exact operands.
cd /tmp
echo a > a; link a b; stat -c '%h' a; cat b
unlink b; stat -c '%h' a
link; link a; link a b c; link nope x; unlink; unlink nope; unlink a b
echo "status $?"
