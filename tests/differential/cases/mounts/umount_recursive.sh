# shell: sh
# umount -R unmounts children first; plain umount of a parent with children is busy.
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/a && mount -t tmpfs a /tmp/t/a && mkdir /tmp/t/a/b && mount -t tmpfs b /tmp/t/a/b && mkdir /tmp/t/a/b/c && mount -t tmpfs c /tmp/t/a/b/c
umount /tmp/t/a; echo "status $?"
umount -v -R /tmp/t/a; echo "status $?"
findmnt -R -n -o TARGET /tmp/t
umount /tmp/t
