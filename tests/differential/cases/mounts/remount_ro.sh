# shell: sh
# mount -o remount,ro makes the filesystem read-only (EROFS); remount,rw undoes it.
export LC_ALL=C
mkdir -p /tmp/t && mount -t tmpfs -o size=1m tmpfs /tmp/t && mount --make-private /tmp/t
echo data > /tmp/t/f
mount -o remount,ro /tmp/t
findmnt -n -o OPTIONS /tmp/t
touch /tmp/t/g; echo "touch: $?"
cat /tmp/t/f
mount -o remount,rw /tmp/t
findmnt -n -o OPTIONS /tmp/t
touch /tmp/t/g; echo "touch: $?"
umount /tmp/t
