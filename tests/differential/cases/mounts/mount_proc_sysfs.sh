# shell: sh
# Mounting proc and sysfs by hand, as a chroot tutorial does: types, sources, and contents.
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/proc /tmp/t/sys /tmp/t/dev
mount -t proc proc /tmp/t/proc && mount -t sysfs sysfs /tmp/t/sys && mount --rbind /dev /tmp/t/dev
findmnt -n -o TARGET,SOURCE,FSTYPE /tmp/t/proc /tmp/t/sys
findmnt -n -o TARGET,FSTYPE /tmp/t/sys
[ -r /tmp/t/proc/self/status ] && echo "proc works"
[ -d /tmp/t/sys/fs ] && echo "sysfs works"
[ -c /tmp/t/dev/null ] && echo "dev works"
umount /tmp/t/dev; echo "dev umount $?"
umount -R /tmp/t/dev; umount /tmp/t/proc /tmp/t/sys; echo "status $?"
umount /tmp/t
