# shell: sh
# Renaming a lower directory is EXDEV with default options; mv copies it and deletes the original.
mkdir /tmp/ov && mount -t tmpfs tmpfs /tmp/ov && mount --make-private /tmp/ov && cd /tmp/ov
mkdir lower upper work merged
mkdir lower/dir; echo f > lower/dir/f
mount -t overlay overlay -o lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/upper,workdir=/tmp/ov/work merged
mv merged/dir merged/moved; echo "mv: $?"
ls merged merged/moved
stat -c '%F %n' upper/dir upper/moved
mkdir merged/updir; mv merged/updir merged/updir2; echo "upper-only dir: $?"
ls upper
umount merged
