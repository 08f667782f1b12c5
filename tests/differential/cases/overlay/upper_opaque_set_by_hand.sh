# shell: sh
# setfattr trusted.overlay.opaque=y on an upper dir before mounting hides the lower contents.
# requires: setfattr
mkdir /tmp/ov && mount -t tmpfs tmpfs /tmp/ov && cd /tmp/ov
mkdir lower upper work merged && mkdir lower/d upper/d && touch lower/d/hidden upper/d/shown && mkdir lower/e upper/e && touch lower/e/seen upper/e/too
setfattr -n trusted.overlay.opaque -v y upper/d
mount -t overlay overlay -o lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/upper,workdir=/tmp/ov/work merged
ls merged/d merged/e
umount merged
