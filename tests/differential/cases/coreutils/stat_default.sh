# shell: sh
# stat's default output shape for a file (times masked).
printf 'abc' > /tmp/f; chmod 644 /tmp/f
stat /tmp/f | sed -e 's/Inode: [0-9]*/Inode: N/' -e 's/Device: [0-9a-f,]*/Device: D/' -e 's/[0-9]\{4\}-.*/TIME/' -e '/Birth/d'
