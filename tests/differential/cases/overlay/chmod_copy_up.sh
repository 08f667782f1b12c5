# shell: sh
# chmod on a lower file copies it up with its data; the lower file keeps its mode.
mkdir /tmp/ov && mount -t tmpfs tmpfs /tmp/ov && cd /tmp/ov
mkdir lower upper work merged && echo data > lower/f && chmod 644 lower/f && mkdir -p lower/sub/deep && echo z > lower/sub/deep/g
mount -t overlay overlay -o lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/upper,workdir=/tmp/ov/work merged
ls upper | wc -l
chmod 600 merged/f && chown 12:34 merged/sub/deep/g
stat -c "%n %a %u:%g %s" lower/f upper/f merged/f
cat upper/f
find upper | sort
stat -c "%n %u:%g" lower/sub/deep/g upper/sub/deep/g
umount merged
