# shell: sh
# chmod, chown and touch on a lower file copy it up with its data; only upper changes.
mkdir /tmp/ov && mount -t tmpfs tmpfs /tmp/ov && mount --make-private /tmp/ov && cd /tmp/ov
mkdir lower upper work merged
echo data > lower/a; echo data > lower/b; echo data > lower/c
chmod 644 lower/a lower/b lower/c
mount -t overlay overlay -o lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/upper,workdir=/tmp/ov/work merged
chmod 600 merged/a
chown 12:34 merged/b
touch -d '2001-02-03 04:05:06 UTC' merged/c
stat -c '%a %u:%g %n' merged/a merged/b lower/a lower/b
TZ=UTC stat -c '%y %n' merged/c upper/c
cat upper/a upper/b upper/c
ls upper
umount merged
