# shell: sh
# Symlinks and dirs from lower resolve through merged; stat -L follows into merged.
mkdir /tmp/ov && mount -t tmpfs tmpfs /tmp/ov && cd /tmp/ov
mkdir lower upper work merged && echo t > lower/target && ln -s target lower/link && ln -s /tmp/ov/merged/target lower/abs && mkdir lower/d && ln -s d lower/dl
mount -t overlay overlay -o lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/upper,workdir=/tmp/ov/work merged
readlink merged/link merged/abs
cat merged/link merged/abs
ls merged/dl/ | wc -l
stat -c "%F" merged/link merged/dl
stat -L -c "%F %s" merged/link
rm merged/link && ls merged && stat -c %F upper/link
umount merged
