# shell: sh
# Two lowers and no upper: a read-only merged view; writes fail with EROFS.
mkdir /tmp/ov && mount -t tmpfs tmpfs /tmp/ov && cd /tmp/ov
mkdir l1 l2 merged && echo 1 > l1/f && echo 2 > l2/g
mount -t overlay overlay -o lowerdir=/tmp/ov/l1:/tmp/ov/l2 merged
ls merged
touch merged/new
rm merged/f
findmnt -n -o OPTIONS merged | cut -d, -f1
umount merged
