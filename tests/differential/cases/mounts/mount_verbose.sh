# shell: sh
# mount -v and umount -v say what they did.
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/a /tmp/t/b /tmp/t/c
mount -v -t tmpfs src /tmp/t/a
mount -v --bind /tmp/t/a /tmp/t/b
mount -v --make-shared /tmp/t/a
mount -v --move /tmp/t/b /tmp/t/c
mount -v -o remount,ro /tmp/t/c
umount -v /tmp/t/c /tmp/t/a
umount /tmp/t
