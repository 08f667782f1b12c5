# shell: sh
# test -a -o and ! with parentheses.
[ 1 -eq 1 -a 2 -eq 2 ] && echo and
[ 1 -eq 2 -o 2 -eq 2 ] && echo or
[ ! 1 -eq 2 ] && echo not
[ \( 1 -eq 1 \) ] && echo parens
