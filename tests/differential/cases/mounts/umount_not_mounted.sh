# shell: sh
# umount of a directory that is not a mount point, a file, and by source name.
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/d && touch /tmp/t/file
umount /tmp/t/d; echo "status $?"
umount /tmp/t/file; echo "status $?"
mount -t tmpfs uniquesrc /tmp/t/d
umount uniquesrc; echo "status $?"
mountpoint -q /tmp/t/d; echo "mountpoint $?"
umount /tmp/t/d/; echo "status $?"
umount /tmp/t
