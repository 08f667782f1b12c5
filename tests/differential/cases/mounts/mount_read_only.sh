# shell: sh
# mount -r (and -o ro) make a read-only mount: "ro" in both option fields, EROFS on writes.
export LC_ALL=C
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/a /tmp/t/b
mount -r -t tmpfs r1 /tmp/t/a
mount -o ro -t tmpfs r2 /tmp/t/b
grep -E ' /tmp/t/(a|b) ' /proc/self/mountinfo | cut -d' ' -f5,6,9-
grep -E ' /tmp/t/(a|b) ' /proc/mounts
mkdir /tmp/t/a/x; echo "mkdir: $?"
umount -R /tmp/t
