# shell: sh
# while read loop over a file keeps the last line only with a final newline.
printf 'a b\nc d\n' > /tmp/f
while read -r x y; do echo "$y-$x"; done < /tmp/f
n=0; while read -r l; do n=$((n + 1)); done < /tmp/f; echo "$n lines"
