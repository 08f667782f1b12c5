# shell: sh
# rmdir of an empty lower dir then mkdir: the new dir hides nothing and is opaque; ls in merged is empty.
# requires: getfattr
mkdir /tmp/ov && mount -t tmpfs tmpfs /tmp/ov && cd /tmp/ov
mkdir lower upper work merged && mkdir lower/e lower/full && touch lower/full/x
mount -t overlay overlay -o lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/upper,workdir=/tmp/ov/work merged
rmdir merged/e && mkdir merged/e
getfattr --absolute-names -n trusted.overlay.opaque --only-values upper/e; echo
rmdir merged/full; echo "status $?"
rm merged/full/x && rmdir merged/full && mkdir merged/full && ls -A merged/full | wc -l
getfattr --absolute-names -n trusted.overlay.opaque --only-values upper/full; echo
umount merged
