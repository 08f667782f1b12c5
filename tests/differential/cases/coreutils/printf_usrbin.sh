# shell: sh
# /usr/bin/printf formats: %d %5s %-5s| %05.2f %x %o %e %c %b %q-free, argument reuse, errors.
P=/usr/bin/printf
$P '%d %5s|%-5s|\n' 42 ab cd
$P '%05.2f %x %X %o %e\n' 3.14159 255 255 8 12345.678
$P '%s\n' a b c
$P '%s=%s\n' x 1 y
$P '%c%c\n' hello world
$P '%b\n' 'a\tb\nc'
$P 'no newline'; echo
$P '%d\n' abc; echo "rc=$?"
$P '%d\n' 12abc; echo "rc=$?"
$P '%i %u\n' 0x1f 010
$P '%10.3s|\n' abcdef
$P '%%|%5d|%-5d|%+d\n' 7 7 7
$P '\101\x42\n'
$P "%d\n" "'A"
$P; echo "rc=$?"
