# shell: sh
# A lower directory removed and a file made in its place: the file hides the directory.
mkdir /tmp/ov && mount -t tmpfs tmpfs /tmp/ov && mount --make-private /tmp/ov && cd /tmp/ov
mkdir lower upper work merged
mkdir lower/x; echo inner > lower/x/inner
mount -t overlay overlay -o lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/upper,workdir=/tmp/ov/work merged
rm -r merged/x
echo file > merged/x
cat merged/x
stat -c '%F %n' merged/x upper/x
ls lower/x
umount merged
