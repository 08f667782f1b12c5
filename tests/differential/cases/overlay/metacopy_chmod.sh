# shell: sh
# With metacopy=on chmod copies up only metadata: the upper file is sparse with a metacopy xattr.
# requires: getfattr
mkdir /tmp/ov && mount -t tmpfs tmpfs /tmp/ov && cd /tmp/ov
mkdir lower upper work merged && head -c 8192 /dev/zero > lower/f
mount -t overlay overlay -o metacopy=on,lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/upper,workdir=/tmp/ov/work merged
chmod 600 merged/f
stat -c "%n %a %s %b" upper/f merged/f
getfattr --absolute-names -d -m trusted.overlay upper/f | grep -c metacopy
echo more >> merged/f && stat -c "%n %s %b" upper/f
umount merged
