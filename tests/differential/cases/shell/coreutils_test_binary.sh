# shell: sh
# /usr/bin/test and /usr/bin/[ give the same answers as the builtin.
/usr/bin/test 3 -lt 4 && echo yes
/usr/bin/[ a = b ] || echo no
/usr/bin/[ 1 -eq; echo "status $?"
/usr/bin/test abc -eq 1; echo "status $?"
