# shell: sh
# od -A d -t c on a longer input repeats lines with *.
head -c 40 /dev/zero | od -A d -t x1
