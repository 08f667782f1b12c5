# shell: sh
# printf builtin formats: %s %d %5s %-5s| %05d %x %o %c %%, reuse of format.
printf '%s-%d\n' a 1 b 2 c
printf '[%5s][%-5s][%05d][%x][%X][%o][%c][%%]\n' ab cd 42 255 255 8 xyz
printf '%.2f %e\n' 3.14159 1234.5
printf '%s\n'
printf 'no newline'; echo
printf '%b\n' 'a\tb'
