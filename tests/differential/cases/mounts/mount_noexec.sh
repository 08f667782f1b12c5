# shell: sh
# noexec forbids running programs from a mount; nosuid and nodev show in the options.
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/a && mount -t tmpfs -o noexec,nosuid,nodev ne /tmp/t/a
printf "#!/bin/sh\necho ran\n" > /tmp/t/a/s && chmod +x /tmp/t/a/s
/tmp/t/a/s 2>/dev/null; echo "status $?"
sh /tmp/t/a/s
findmnt -n -o OPTIONS /tmp/t/a
mount -o remount,exec /tmp/t/a && /tmp/t/a/s
findmnt -n -o OPTIONS /tmp/t/a
umount -R /tmp/t
