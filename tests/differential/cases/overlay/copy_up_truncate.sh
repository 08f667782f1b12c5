# shell: sh
# Opening with O_TRUNC (the shell's >) copies up an empty file; the lower one is untouched.
mkdir /tmp/ov && mount -t tmpfs tmpfs /tmp/ov && mount --make-private /tmp/ov && cd /tmp/ov
mkdir lower upper work merged
echo lower > lower/f; echo keep > lower/g
mount -t overlay overlay -o lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/upper,workdir=/tmp/ov/work merged
: > merged/f
stat -c '%s %n' merged/f upper/f lower/f
ls upper
umount merged
