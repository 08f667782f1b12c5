# shell: sh
# umount of a mount in use is EBUSY ("target is busy"); umount -l detaches it anyway.
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/m && mount -t tmpfs tmpfs /tmp/t/m
echo inside > /tmp/t/m/f
cd /tmp/t/m
umount /tmp/t/m; echo "umount: $?"
umount -l /tmp/t/m; echo "umount -l: $?"
findmnt /tmp/t/m; echo "findmnt: $?"
cat f
cd /
ls /tmp/t/m | wc -l
umount /tmp/t
