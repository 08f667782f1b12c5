# shell: sh
# mount -r and -w; -o ro,remount via mount -o remount -r; and the ro in findmnt and /proc/mounts.
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/a /tmp/t/b && mount -r -t tmpfs ra /tmp/t/a && mount -t tmpfs rb /tmp/t/b
grep -E " /tmp/t/(a|b) " /proc/mounts
mount -o remount -r /tmp/t/b && findmnt -n -o OPTIONS /tmp/t/b
mount -o remount -w /tmp/t/a && findmnt -n -o OPTIONS /tmp/t/a
mount -o remount,rw /tmp/t/b && touch /tmp/t/b/ok && ls /tmp/t/b
umount -R /tmp/t
