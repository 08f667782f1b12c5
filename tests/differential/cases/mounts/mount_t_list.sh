# shell: sh
# mount -t TYPE lists mounts in the "SRC on DIR type T (OPTS)" format.
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/a /tmp/t/b
mount -t tmpfs -o size=1m,mode=755 src1 /tmp/t/a
mount -t tmpfs -o ro,nosuid,nodev,noexec src2 /tmp/t/b
mount -t tmpfs | grep "/tmp/t"
mount | grep "^src"
mount -t proc | grep -c "/tmp/t"
umount -R /tmp/t
