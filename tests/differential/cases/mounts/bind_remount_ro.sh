# shell: sh
# A read-only bind mount: writes through it fail, the original mount stays writable.
export LC_ALL=C
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/a /tmp/t/b
mount -t tmpfs tmpfs /tmp/t/a
mount --bind /tmp/t/a /tmp/t/b
mount -o remount,bind,ro /tmp/t/b
grep -E ' /tmp/t/(a|b) ' /proc/self/mountinfo | cut -d' ' -f5,6,10-
touch /tmp/t/b/x; echo "via b: $?"
touch /tmp/t/a/x; echo "via a: $?"
ls /tmp/t/b
mount -o bind,ro /tmp/t/a /tmp/t/b
findmnt -n -o TARGET,VFS-OPTIONS /tmp/t/b | tail -1
umount -R /tmp/t
