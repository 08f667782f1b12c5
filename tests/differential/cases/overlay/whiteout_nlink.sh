# shell: sh
# Every whiteout is a hard link of one shared whiteout in workdir/work (Linux >= 5.8).
mkdir /tmp/ov && mount -t tmpfs tmpfs /tmp/ov && mount --make-private /tmp/ov && cd /tmp/ov
mkdir lower upper work merged
echo 1 > lower/a; echo 2 > lower/b; echo 3 > lower/c
mount -t overlay overlay -o lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/upper,workdir=/tmp/ov/work merged
rm merged/a
stat -c '%h %A %n' upper/a
rm merged/b merged/c
stat -c '%h %A %n' upper/a upper/b upper/c
ls -A work/work | wc -l
stat -c '%h %F' work/work/*
echo new > merged/a
stat -c '%h %F %n' upper/a upper/b
cat merged/a
umount merged
