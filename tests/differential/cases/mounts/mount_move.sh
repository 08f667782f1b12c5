# shell: sh
# mount --move: the mount (with what is under it) moves to the new place.
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/a /tmp/t/b
mount -t tmpfs moved /tmp/t/a
mkdir /tmp/t/a/in && mount -t tmpfs inner /tmp/t/a/in
echo x > /tmp/t/a/f
mount --move /tmp/t/a /tmp/t/b
findmnt -R -o TARGET,SOURCE /tmp/t
cat /tmp/t/b/f
ls /tmp/t/a | wc -l
umount -R /tmp/t
