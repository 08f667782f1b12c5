# shell: sh
# A directory made over a whiteout is opaque: the lower directory's entries stay hidden.
mkdir /tmp/ov && mount -t tmpfs tmpfs /tmp/ov && mount --make-private /tmp/ov && cd /tmp/ov
mkdir lower upper work merged
mkdir lower/d; echo x > lower/d/x
mount -t overlay overlay -o lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/upper,workdir=/tmp/ov/work merged
rm -r merged/d
mkdir merged/d
touch merged/d/new
ls merged/d
getfattr --absolute-names -n trusted.overlay.opaque --only-values /tmp/ov/upper/d; echo
getfattr -d -m - merged/d | wc -l
umount merged
ls lower/d
