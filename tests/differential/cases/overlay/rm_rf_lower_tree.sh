# shell: sh
# rm -rf of a lower tree leaves only a whiteout for the top directory.
mkdir /tmp/ov && mount -t tmpfs tmpfs /tmp/ov && cd /tmp/ov
mkdir lower upper work merged && mkdir -p lower/t/a/b && touch lower/t/a/b/f lower/t/x
mount -t overlay overlay -o lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/upper,workdir=/tmp/ov/work merged
rm -rf merged/t
ls -A merged | wc -l
find upper | sort
stat -c "%F" upper/t
umount merged
find lower | sort
