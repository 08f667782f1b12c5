# shell: sh
# Changes made in the upper directory directly show through the overlay.
mkdir /tmp/ov && mount -t tmpfs tmpfs /tmp/ov && mount --make-private /tmp/ov && cd /tmp/ov
mkdir lower upper work merged
echo l > lower/f
mount -t overlay overlay -o lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/upper,workdir=/tmp/ov/work merged
echo direct > upper/g
cat merged/g
echo u > upper/f
cat merged/f
rm upper/g
ls merged
umount merged
