# shell: sh
# base64 and base32 round-trip binary data of every length 0-7.
for n in 0 1 2 3 4 5 6 7; do head -c $n /dev/urandom > /tmp/r; base64 /tmp/r | base64 -d | cmp - /tmp/r && base32 /tmp/r | base32 -d | cmp - /tmp/r && echo "$n ok"; done
printf 'abc' | base64; printf 'abcd' | base64; printf 'abcde' | base32
