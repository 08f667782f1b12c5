# shell: sh
# Renaming a lower file: the file is copied up under its new name, a whiteout hides the old one.
mkdir /tmp/ov && mount -t tmpfs tmpfs /tmp/ov && mount --make-private /tmp/ov && cd /tmp/ov
mkdir lower upper work merged
echo a > lower/old
mount -t overlay overlay -o lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/upper,workdir=/tmp/ov/work merged
mv merged/old merged/new
ls merged
cat merged/new
stat -c '%F %t,%T %n' upper/old
stat -c '%F %n' upper/new
ls lower
umount merged
