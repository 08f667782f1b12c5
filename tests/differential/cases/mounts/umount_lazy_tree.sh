# shell: sh
# umount -l of a mount with submounts detaches the whole tree at once.
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/a && mount -t tmpfs a /tmp/t/a && mkdir /tmp/t/a/b && mount -t tmpfs b /tmp/t/a/b
umount -l /tmp/t/a; echo "status $?"
findmnt -R -n -o TARGET /tmp/t
ls /tmp/t/a | wc -l
umount /tmp/t
