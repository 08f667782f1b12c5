# shell: sh
# Without upperdir, two or more lowers make a read-only overlay; one lower alone is refused.
export LC_ALL=C
mkdir /tmp/ov && mount -t tmpfs tmpfs /tmp/ov && mount --make-private /tmp/ov && cd /tmp/ov
mkdir l1 l2 merged; echo 1 > l1/a; echo 2 > l2/b
mount -t overlay overlay -o lowerdir=/tmp/ov/l1:/tmp/ov/l2 merged; echo "mount: $?"
ls merged
touch merged/c; echo "touch: $?"
rm merged/a; echo "rm: $?"
grep ' /tmp/ov/merged ' /proc/self/mountinfo | cut -d' ' -f4-
findmnt -n -o OPTIONS merged
umount merged
mount -t overlay overlay -o lowerdir=/tmp/ov/l1 merged; echo "mount: $?"
