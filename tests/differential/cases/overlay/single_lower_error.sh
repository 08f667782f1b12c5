# shell: sh
# One lower and no upper is refused by the kernel (needs at least two lowers).
mkdir /tmp/ov && mount -t tmpfs tmpfs /tmp/ov && cd /tmp/ov
mkdir l1 merged && echo 1 > l1/f
mount -t overlay overlay -o lowerdir=/tmp/ov/l1 merged; echo "status $?"
mountpoint -q merged; echo "mounted $?"
