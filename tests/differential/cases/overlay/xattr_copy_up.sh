# shell: sh
# setfattr on a lower file copies it up (user xattrs included); overlay's own xattrs stay hidden.
# requires: getfattr setfattr
mkdir /tmp/ov && mount -t tmpfs tmpfs /tmp/ov && mount --make-private /tmp/ov && cd /tmp/ov
mkdir lower upper work merged
echo x > lower/f; setfattr -n user.keep -v 1 lower/f
mount -t overlay overlay -o lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/upper,workdir=/tmp/ov/work merged
getfattr -d merged/f
setfattr -n user.new -v 2 merged/f
getfattr -d merged/f
getfattr -d lower/f
getfattr -d upper/f
umount merged
