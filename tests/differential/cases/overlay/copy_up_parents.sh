# shell: sh
# Creating a file deep in a lower directory tree copies up each parent directory (no other entries).
mkdir /tmp/ov && mount -t tmpfs tmpfs /tmp/ov && mount --make-private /tmp/ov && cd /tmp/ov
mkdir lower upper work merged
mkdir -p lower/d1/d2; echo x > lower/d1/other; chmod 750 lower/d1
mount -t overlay overlay -o lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/upper,workdir=/tmp/ov/work merged
echo new > merged/d1/d2/newfile
find upper | sort
stat -c '%A %n' upper/d1 upper/d1/d2
ls merged/d1
umount merged
