# shell: sh
# Appending to a lower file copies it up first; lower keeps the old bytes.
mkdir /tmp/ov && mount -t tmpfs tmpfs /tmp/ov && cd /tmp/ov
mkdir lower upper work merged && echo line1 > lower/f
mount -t overlay overlay -o lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/upper,workdir=/tmp/ov/work merged
echo line2 >> merged/f
cat merged/f
cat lower/f
cat upper/f
touch merged/t 2>/dev/null; ls upper
umount merged
