# shell: sh
# printf(1): \NNN octal, \xHH, %%, missing arguments as empty/0.
/usr/bin/printf '\101\x42%%\n'
/usr/bin/printf '%s|%d|\n'
/usr/bin/printf '%5s|%-5s|\n' a b
/usr/bin/printf 'no args\n' extra; echo "status $?"
