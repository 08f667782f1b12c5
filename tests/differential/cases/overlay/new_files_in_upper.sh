# shell: sh
# Files created in merged land in upper only; lower is untouched.
mkdir /tmp/ov && mount -t tmpfs tmpfs /tmp/ov && cd /tmp/ov
mkdir lower upper work merged && mkdir lower/d
mount -t overlay overlay -o lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/upper,workdir=/tmp/ov/work merged
echo n > merged/new && mkdir merged/nd && echo deep > merged/d/deep && ln -s new merged/link
find upper | sort
find lower | sort
readlink upper/link
umount merged
