# shell: sh
# Writing a lower file through the overlay copies it up: upper gets the new content, lower keeps the old.
mkdir /tmp/ov && mount -t tmpfs tmpfs /tmp/ov && mount --make-private /tmp/ov && cd /tmp/ov
mkdir lower upper work merged
echo lower > lower/f
mount -t overlay overlay -o lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/upper,workdir=/tmp/ov/work merged
ls upper | wc -l
echo more >> merged/f
cat merged/f
echo "--"; cat lower/f
echo "--"; cat upper/f
stat -c '%A %U %s' upper/f
umount merged
