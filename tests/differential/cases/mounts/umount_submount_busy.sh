# shell: sh
# A mount with another mounted inside is busy; umount -R takes the children first.
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/a && mount -t tmpfs tmpfs /tmp/t/a
mkdir /tmp/t/a/b && mount -t tmpfs tmpfs /tmp/t/a/b
umount /tmp/t/a; echo "umount: $?"
umount -v -R /tmp/t/a; echo "umount -R: $?"
findmnt -R -n -o TARGET /tmp/t
umount /tmp/t
