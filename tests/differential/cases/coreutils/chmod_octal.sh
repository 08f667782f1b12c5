# shell: sh
# chmod with octal modes, checked with stat -c '%a %A'.
touch /tmp/f
for m in 0 644 755 600 4755 2750 1777 7777 444; do chmod $m /tmp/f; stat -c "$m -> %a %A" /tmp/f; done
