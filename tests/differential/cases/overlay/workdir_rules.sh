# shell: sh
# workdir must be an empty-able directory beside upperdir: on another fs, nested, or missing.
mkdir /tmp/ov && mount -t tmpfs tmpfs /tmp/ov && cd /tmp/ov
mkdir lower upper work merged && mkdir /tmp/o2 && mount -t tmpfs tmpfs /tmp/o2 && mkdir /tmp/o2/w
mount -t overlay overlay -o lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/upper,workdir=/tmp/o2/w merged; echo "other fs $?"
mount -t overlay overlay -o lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/upper,workdir=/tmp/ov/nowork merged; echo "missing $?"
mkdir upper/w; mount -t overlay overlay -o lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/upper,workdir=/tmp/ov/upper/w merged; echo "inside upper $?"
rmdir upper/w
mount -t overlay overlay -o lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/upper,workdir=/tmp/ov/work merged; echo "ok $?"
ls work
umount merged
umount /tmp/o2
