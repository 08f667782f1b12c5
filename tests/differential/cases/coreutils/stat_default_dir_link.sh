# shell: sh
# stat default output for a directory and a symlink (device, inode and times masked).
mkdir /tmp/d && ln -s /tmp/d /tmp/l && chmod 755 /tmp/d
stat /tmp/d | sed -e 's/Inode: [0-9]*/Inode: N/' -e 's/Device: [0-9a-f,]*/Device: D/' -e 's/[0-9]\{4\}-.*/TIME/' -e '/Birth/d' -e 's/Size: [0-9]*/Size: S/' -e 's/Blocks: [0-9]*/Blocks: B/'
stat /tmp/l | sed -e 's/Inode: [0-9]*/Inode: N/' -e 's/Device: [0-9a-f,]*/Device: D/' -e 's/[0-9]\{4\}-.*/TIME/' -e '/Birth/d'
stat -t /tmp/l >/dev/null && echo terse-ok
