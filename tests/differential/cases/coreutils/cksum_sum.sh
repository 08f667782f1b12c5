# shell: sh
# cksum CRC and size; base64 encode and decode.
printf 'hello\n' | cksum
printf 'hello world' | base64
printf 'aGVsbG8gd29ybGQ=' | base64 -d; echo
printf 'x' | base64 -d; echo "status $?"
