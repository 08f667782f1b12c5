# shell: sh
# --make-rshared and --make-rprivate change a whole subtree; --make-shared only the one mount.
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/a && mount -t tmpfs tmpfs /tmp/t/a
mkdir /tmp/t/a/b && mount -t tmpfs tmpfs /tmp/t/a/b
mount --make-shared /tmp/t
findmnt -R -o TARGET,PROPAGATION /tmp/t
mount --make-rshared /tmp/t
findmnt -R -o TARGET,PROPAGATION /tmp/t
mount --make-rprivate /tmp/t
findmnt -R -o TARGET,PROPAGATION /tmp/t
umount -R /tmp/t
