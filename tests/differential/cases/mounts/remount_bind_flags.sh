# shell: sh
# A bind remount changes only that mount's flags (nosuid, noexec, nodev show in field 6).
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/a /tmp/t/b
mount -t tmpfs src /tmp/t/a
mount --bind /tmp/t/a /tmp/t/b
mount -o remount,bind,nosuid,noexec,nodev /tmp/t/b
grep -E ' /tmp/t/(a|b) ' /proc/self/mountinfo | cut -d' ' -f5,6
findmnt -n -o TARGET,OPTIONS /tmp/t/b
mount -o remount,bind,exec /tmp/t/b
grep ' /tmp/t/b ' /proc/self/mountinfo | cut -d' ' -f6
umount -R /tmp/t
