# shell: sh
# mkdir -p through merged: existing lower dirs are copied up, new ones made in upper.
mkdir /tmp/ov && mount -t tmpfs tmpfs /tmp/ov && cd /tmp/ov
mkdir lower upper work merged && mkdir -p lower/a/b
mount -t overlay overlay -o lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/upper,workdir=/tmp/ov/work merged
mkdir -p merged/a/b/c/d
find upper | sort
find merged -type d | sort
mkdir merged/a; echo "status $?"
umount merged
