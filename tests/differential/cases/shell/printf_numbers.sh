# shell: bash
# printf numeric formats: widths, precision, hex, octal, exponent, sign, char, padding.
printf '[%5d] [%-5d] [%05d] [%+d]\n' 42 42 42 42
printf '[%5.2f] [%.3e] [%g] [%G]\n' 3.14159 12345.678 0.0001 1e20
printf '%x %X %o %#x %#o\n' 255 255 8 255 8
printf '[%c] [%s] [%10s] [%-10s] [%.2s]\n' hello hello hi hi hello
printf '%d\n' "'A" 0x1f 010
printf '%s=%d\n' a 1 b 2 c
printf '%%|%5s|\n' x
printf '%i %u\n' -3 7
