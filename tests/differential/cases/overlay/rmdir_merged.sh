# shell: sh
# rmdir of a directory that is empty on the overlay but not in lower: a whiteout takes its place.
mkdir /tmp/ov && mount -t tmpfs tmpfs /tmp/ov && mount --make-private /tmp/ov && cd /tmp/ov
mkdir lower upper work merged
mkdir lower/d; echo x > lower/d/x
mount -t overlay overlay -o lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/upper,workdir=/tmp/ov/work merged
rmdir merged/d; echo "rmdir nonempty: $?"
rm merged/d/x
ls -A merged/d | wc -l
ls -A upper/d
rmdir merged/d; echo "rmdir: $?"
stat -c '%F' upper/d
ls merged | wc -l
umount merged
