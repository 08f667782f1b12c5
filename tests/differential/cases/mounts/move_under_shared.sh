# shell: sh
# Moving a mount whose parent is shared is refused (EINVAL) - the reason unshare makes / private.
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-shared /tmp/t
mkdir /tmp/t/a /tmp/t/b
mount -t tmpfs tmpfs /tmp/t/a
mount --move /tmp/t/a /tmp/t/b; echo "status $?"
mount --make-private /tmp/t
mount --move /tmp/t/a /tmp/t/b; echo "status $?"
findmnt -n -o TARGET /tmp/t/b
umount -R /tmp/t
