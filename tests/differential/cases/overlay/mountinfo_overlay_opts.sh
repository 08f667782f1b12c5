# shell: sh
# How /proc/self/mounts and findmnt show an overlay: source, type, and its option string.
mkdir /tmp/ov && mount -t tmpfs tmpfs /tmp/ov && cd /tmp/ov
mkdir l1 l2 upper work merged
mount -t overlay myov -o lowerdir=/tmp/ov/l1:/tmp/ov/l2,upperdir=/tmp/ov/upper,workdir=/tmp/ov/work merged
grep " /tmp/ov/merged " /proc/self/mounts
findmnt -n -o SOURCE,FSTYPE merged
mount -t overlay | grep -c myov
umount myov 2>/dev/null || umount merged
mountpoint -q merged; echo "$?"
