# shell: sh
# make-shared on a slave makes it both: mountinfo shows "shared:N master:M".
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/a /tmp/t/b
mount -t tmpfs tmpfs /tmp/t/a && mount --make-shared /tmp/t/a
mount --bind /tmp/t/a /tmp/t/b
mount --make-slave /tmp/t/b
mount --make-shared /tmp/t/b
findmnt -n -o PROPAGATION /tmp/t/b
grep ' /tmp/t/b ' /proc/self/mountinfo | sed 's/[0-9][0-9]*/N/g' | cut -d' ' -f4-
mount --make-private /tmp/t/b
findmnt -n -o PROPAGATION /tmp/t/b
grep ' /tmp/t/b ' /proc/self/mountinfo | cut -d' ' -f6-7
umount -R /tmp/t
