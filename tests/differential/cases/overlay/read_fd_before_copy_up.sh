# shell: sh
# A file opened for reading before a copy-up keeps reading the lower file.
mkdir /tmp/ov && mount -t tmpfs tmpfs /tmp/ov && mount --make-private /tmp/ov && cd /tmp/ov
mkdir lower upper work merged
echo old > lower/f
mount -t overlay overlay -o lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/upper,workdir=/tmp/ov/work merged
exec 3< merged/f
echo new > merged/f
cat <&3
cat merged/f
exec 3<&-
umount merged
