# shell: sh
# A 0:0 char device made with mknod in upper before mounting hides the lower file.
mkdir /tmp/ov && mount -t tmpfs tmpfs /tmp/ov && cd /tmp/ov
mkdir lower upper work merged && echo l > lower/gone && echo l > lower/kept
mknod upper/gone c 0 0
mount -t overlay overlay -o lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/upper,workdir=/tmp/ov/work merged
ls merged
cat merged/gone 2>&1
echo again > merged/gone && cat merged/gone && stat -c %F upper/gone
umount merged
