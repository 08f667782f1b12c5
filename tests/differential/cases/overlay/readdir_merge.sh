# shell: sh
# Directory listings merge upper and lower layers, each name once; whiteouts are not shown.
mkdir /tmp/ov && mount -t tmpfs tmpfs /tmp/ov && cd /tmp/ov
mkdir l1 l2 upper work merged
echo 1 > l1/both; echo 2 > l2/both; echo 1 > l1/only1; echo 2 > l2/only2; echo 2 > l2/gone
echo u > upper/both; echo u > upper/onlyu
mkdir l1/d l2/d; echo 1 > l1/d/a; echo 2 > l2/d/b
mount -t overlay overlay -o lowerdir=/tmp/ov/l1:/tmp/ov/l2,upperdir=/tmp/ov/upper,workdir=/tmp/ov/work merged
rm merged/gone
ls merged
ls -a merged | wc -l
ls merged/d
cat merged/both
find merged | sort
umount merged
