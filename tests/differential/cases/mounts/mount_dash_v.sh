# shell: sh
# mount -v and umount -v messages for tmpfs, bind and move.
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/a /tmp/t/b /tmp/t/c
mount -v -t tmpfs vsrc /tmp/t/a
mount -v --bind /tmp/t/a /tmp/t/b
mount -v --move /tmp/t/b /tmp/t/c
umount -v /tmp/t/c
umount -v /tmp/t/a
umount /tmp/t
