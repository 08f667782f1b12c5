# shell: sh
# printf(1) from coreutils matches the builtin's formats.
/usr/bin/printf '%s|%5.2f|%-4d|%x|%o|%c\n' str 3.14159 7 255 8 char
/usr/bin/printf '%b' 'tab\there\n'
/usr/bin/printf '%d\n' x; echo "status $?"
/usr/bin/printf '%s %s\n' a b c
