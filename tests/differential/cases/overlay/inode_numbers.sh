# shell: sh
# st_dev/st_ino on overlay (all layers on one fs): one device for everything, the lower inode
# number kept through copy-up, upper numbers for new files.
mkdir /tmp/ov && mount -t tmpfs tmpfs /tmp/ov && mount --make-private /tmp/ov && cd /tmp/ov
mkdir lower upper work merged
echo x > lower/f; mkdir lower/d
mount -t overlay overlay -o lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/upper,workdir=/tmp/ov/work merged
ino() { stat -c %i "$1"; }
dev() { stat -c %d "$1"; }
[ "$(ino merged/f)" = "$(ino lower/f)" ] && echo "file: lower ino"
[ "$(ino merged/d)" = "$(ino lower/d)" ] && echo "dir: lower ino"
[ "$(dev merged/f)" = "$(dev merged)" ] && [ "$(dev merged/d)" = "$(dev merged)" ] && echo "one st_dev"
[ "$(dev merged)" != "$(dev lower)" ] && echo "not the lower fs's st_dev"
before=$(ino merged/f); echo y >> merged/f
[ "$(ino merged/f)" = "$before" ] && echo "copy-up keeps ino"
[ "$(ino upper/f)" != "$before" ] && echo "upper copy has its own ino"
echo n > merged/new
[ "$(ino merged/new)" = "$(ino upper/new)" ] && echo "new file: upper ino"
umount merged
