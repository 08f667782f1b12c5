# shell: sh
# ls -l shows setuid, setgid, sticky (s S t T).
mkdir /tmp/w && cd /tmp/w
touch a b c d; mkdir e f
chmod 4755 a; chmod 4644 b; chmod 2755 c; chmod 2644 d; chmod 1777 e; chmod 1776 f
touch -d '2020-01-01' a b c d e f
ls -ld a b c d e f | cut -c1-10
