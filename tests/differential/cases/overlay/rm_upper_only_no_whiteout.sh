# shell: sh
# Removing a file or dir that exists only in upper leaves no whiteout; a file moved from lower leaves one.
mkdir /tmp/ov && mount -t tmpfs tmpfs /tmp/ov && cd /tmp/ov
mkdir lower upper work merged && echo l > lower/lf
mount -t overlay overlay -o lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/upper,workdir=/tmp/ov/work merged
echo u > merged/uf && mkdir merged/ud && rm merged/uf && rmdir merged/ud
ls -A upper | wc -l
mv merged/lf merged/moved
ls merged
ls -l upper | sed 1d | awk "{print substr(\$1,1,1), \$NF}"
umount merged
