# shell: sh
# Umounting under one peer umounts the copy under the others.
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/a /tmp/t/b /tmp/t/c
mount -t tmpfs tmpfs /tmp/t/a && mount --make-shared /tmp/t/a
mount --bind /tmp/t/a /tmp/t/b
mount --bind /tmp/t/a /tmp/t/c && mount --make-slave /tmp/t/c
mkdir /tmp/t/a/sub && mount -t tmpfs sub /tmp/t/a/sub
findmnt -R -n -l -o TARGET,PROPAGATION /tmp/t
umount /tmp/t/b/sub
echo "--"
findmnt -R -n -l -o TARGET,PROPAGATION /tmp/t
umount -R /tmp/t
