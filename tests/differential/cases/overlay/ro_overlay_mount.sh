# shell: sh
# An overlay mounted -o ro refuses writes with EROFS; remount,rw makes it writable.
mkdir /tmp/ov && mount -t tmpfs tmpfs /tmp/ov && cd /tmp/ov
mkdir lower upper work merged && echo l > lower/f
mount -t overlay overlay -o ro,lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/upper,workdir=/tmp/ov/work merged
findmnt -n -o VFS-OPTIONS merged
touch merged/g
rm merged/f
mount -o remount,rw merged; echo "remount $?"
touch merged/g 2>/dev/null && ls upper
umount merged
