# shell: sh
# setfattr on a lower file through merged copies it up; the lower file has no such attribute.
# requires: setfattr getfattr
mkdir /tmp/ov && mount -t tmpfs tmpfs /tmp/ov && cd /tmp/ov
mkdir lower upper work merged && echo f > lower/f
mount -t overlay overlay -o lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/upper,workdir=/tmp/ov/work merged
setfattr -n user.color -v blue merged/f
getfattr -n user.color --only-values merged/f; echo
getfattr -n user.color --only-values upper/f; echo
getfattr -n user.color lower/f; echo "lower $?"
umount merged
