# shell: sh
# Deleting a lower file leaves a whiteout in upper: a character device 0:0.
mkdir /tmp/ov && mount -t tmpfs tmpfs /tmp/ov && cd /tmp/ov
mkdir lower upper work merged && echo a > lower/a && echo b > lower/b && mkdir lower/dir
mount -t overlay overlay -o lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/upper,workdir=/tmp/ov/work merged
rm merged/a && rmdir merged/dir
stat -c "%n %F %t:%T %a" upper/a upper/dir
ls -l upper | sed 1d | awk "{print \$1, \$5, \$6, \$NF}"
ls merged
cat merged/a; echo "status $?"
umount merged
ls lower
