# shell: sh
# mv of a lower directory inside merged: rename(2) gives EXDEV and mv copies; the result is the same.
mkdir /tmp/ov && mount -t tmpfs tmpfs /tmp/ov && cd /tmp/ov
mkdir lower upper work merged && mkdir lower/d && echo x > lower/d/f
mount -t overlay overlay -o lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/upper,workdir=/tmp/ov/work merged
mv merged/d merged/e && echo moved
ls merged merged/e
cat merged/e/f
mkdir merged/newdir && mv merged/newdir merged/newdir2 && ls merged
umount merged
