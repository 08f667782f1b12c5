# shell: sh
# Writing into a lower-only dir copies the dir up with its mode and owner; chmod of a dir copies only the dir.
mkdir /tmp/ov && mount -t tmpfs tmpfs /tmp/ov && cd /tmp/ov
mkdir lower upper work merged && mkdir -m 750 lower/d && chown 7:8 lower/d && touch lower/d/x && mkdir -m 700 lower/e && touch lower/e/y
mount -t overlay overlay -o lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/upper,workdir=/tmp/ov/work merged
echo n > merged/d/new
stat -c "%n %a %u:%g" upper/d
ls upper/d
chmod 755 merged/e
stat -c "%n %a" upper/e lower/e
ls -A upper/e | wc -l
ls merged/e
umount merged
