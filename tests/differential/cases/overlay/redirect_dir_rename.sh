# shell: sh
# With redirect_dir=on a lower dir is renamed in place: upper gets a redirect xattr, no copy of the contents.
# requires: getfattr
mkdir /tmp/ov && mount -t tmpfs tmpfs /tmp/ov && cd /tmp/ov
mkdir lower upper work merged && mkdir lower/d && echo x > lower/d/f
mount -t overlay overlay -o redirect_dir=on,lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/upper,workdir=/tmp/ov/work merged
mv merged/d merged/e && ls merged merged/e
find upper | sort
getfattr --absolute-names -n trusted.overlay.redirect --only-values upper/e; echo
stat -c %F upper/d
findmnt -n -o OPTIONS merged | tr , "\n" | grep redirect
umount merged
