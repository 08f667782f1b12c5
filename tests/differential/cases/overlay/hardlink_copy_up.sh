# shell: sh
# ln on a lower file copies it up and links the copy; both names share one inode on overlay.
mkdir /tmp/ov && mount -t tmpfs tmpfs /tmp/ov && mount --make-private /tmp/ov && cd /tmp/ov
mkdir lower upper work merged
echo x > lower/f
mount -t overlay overlay -o lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/upper,workdir=/tmp/ov/work merged
ln merged/f merged/g
stat -c '%h %n' merged/f merged/g lower/f upper/f upper/g
[ "$(stat -c %i merged/f)" = "$(stat -c %i merged/g)" ] && echo "same inode"
echo y >> merged/g; cat merged/f
umount merged
