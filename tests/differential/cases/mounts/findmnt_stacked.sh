# shell: sh
# Two mounts on one directory: findmnt lists both, the last one wins for lookups, umount takes it.
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/a
mount -t tmpfs first /tmp/t/a && echo 1 > /tmp/t/a/which
mount -t tmpfs second /tmp/t/a && echo 2 > /tmp/t/a/which
findmnt -o TARGET,SOURCE /tmp/t/a
cat /tmp/t/a/which
umount /tmp/t/a
cat /tmp/t/a/which
findmnt -R -o TARGET,SOURCE /tmp/t
umount -R /tmp/t
