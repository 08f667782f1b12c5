# shell: bash
# bash's echo: -n, -e, -E, and no escapes by default.
echo 'a\tb'
echo -e 'a\tb\x41\0101'
echo -n no-newline; echo
echo -E 'raw\n'
echo -- -n
echo -en 'x\n'
