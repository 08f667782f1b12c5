# shell: sh
# stat -f on tmpfs, proc and a bind mount: the file system type names.
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/p /tmp/t/b && mount -t proc proc /tmp/t/p && mount --bind /tmp/t /tmp/t/b
stat -f -c "%T" /tmp/t /tmp/t/p /tmp/t/b
stat -f -c "%T" /proc /sys
df --output=fstype /tmp/t | tail -1
umount -R /tmp/t
