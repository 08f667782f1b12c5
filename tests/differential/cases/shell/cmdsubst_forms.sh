# shell: sh
# $(...) and backquotes; trailing newlines are removed.
a=$(printf 'x\n\n\n'); echo "[$a]"
b=`echo back`; echo "$b"
c=$(echo $(echo nested)); echo "$c"
d="$(printf 'a\nb')"; echo "$d"
