# shell: sh
# xxd default, -g, -c, -p, -r, -l, -s, -u, -i.
printf 'Hello, world! 0123456789\n' > /tmp/x
xxd /tmp/x
xxd -g 1 /tmp/x
xxd -g 4 -c 8 /tmp/x
xxd -p /tmp/x
xxd -p /tmp/x | xxd -r -p
xxd -l 5 /tmp/x
xxd -s 7 -l 5 /tmp/x
xxd -u -l 4 /tmp/x
printf 'ab' | xxd -i
xxd /nope; echo "rc=$?"
