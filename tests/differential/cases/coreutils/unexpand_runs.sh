# shell: sh
# unexpand turns blank runs reaching a stop into tabs; a lone space stays.
for s in 'abc d' 'abc  d' 'abc   d' 'ab  d' 'abc \td' 'a \t d' '        x' 'abcdefg  x'; do printf "$s\n" | unexpand -a -t 4 | od -c | head -n 1; done
printf '    a    b\n' | unexpand | od -c
printf '\t  \tx  \n' | unexpand --first-only -a | od -c
printf 'a        b\n' | unexpand -t 4,8 | od -c
