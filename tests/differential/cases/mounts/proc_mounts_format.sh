# shell: sh
# /proc/mounts and /proc/self/mounts lines: escapes for spaces, options, 0 0.
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir "/tmp/t/with space" /tmp/t/tab
mount -t tmpfs -o size=2m,mode=711,uid=5 "my src" "/tmp/t/with space"
mount -t tmpfs -o ro,noexec t2 /tmp/t/tab
grep "/tmp/t/" /proc/mounts
findmnt -n -o TARGET,SOURCE "/tmp/t/with space"
mountpoint "/tmp/t/with space"
umount "/tmp/t/with space"; echo "status $?"
umount -R /tmp/t
