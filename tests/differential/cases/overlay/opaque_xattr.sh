# shell: sh
# A directory removed and made again in merged is opaque: trusted.overlay.opaque="y" in upper.
# requires: getfattr
mkdir /tmp/ov && mount -t tmpfs tmpfs /tmp/ov && cd /tmp/ov
mkdir lower upper work merged && mkdir lower/d && echo x > lower/d/old
mount -t overlay overlay -o lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/upper,workdir=/tmp/ov/work merged
rm -r merged/d && mkdir merged/d && echo y > merged/d/new
ls merged/d
getfattr -n trusted.overlay.opaque upper/d
getfattr -d -m trusted upper/d
umount merged && ls lower/d upper/d
