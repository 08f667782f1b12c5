# shell: sh
# A space in a mount point is \040 in /proc/mounts and mountinfo; findmnt and mount show it plainly.
mkdir -p "/tmp/t/with space" && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir "/tmp/t/with space"
mount -t tmpfs spaced "/tmp/t/with space"
grep spaced /proc/mounts
grep spaced /proc/self/mountinfo | cut -d' ' -f5
findmnt -n -o TARGET "/tmp/t/with space"
mount | grep spaced
umount "/tmp/t/with space"
umount /tmp/t
