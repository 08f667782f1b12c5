# shell: sh
# findmnt --target and findmnt -T on a path below a mount find the mount that holds it.
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir -p /tmp/t/a && mount -t tmpfs inner /tmp/t/a && mkdir -p /tmp/t/a/x/y && touch /tmp/t/a/x/y/f
findmnt --target /tmp/t/a/x/y/f
findmnt -n -o SOURCE -T /tmp/t/a/x
findmnt -n -o TARGET -T /tmp/t
findmnt /tmp/t/a/x; echo "status $?"
findmnt -n -o TARGET --mountpoint /tmp/t/a
umount -R /tmp/t
