# shell: sh
# After mounting, workdir holds an empty "work" directory with mode 000; umount leaves it.
mkdir /tmp/ov && mount -t tmpfs tmpfs /tmp/ov && cd /tmp/ov
mkdir lower upper work merged
mount -t overlay overlay -o lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/upper,workdir=/tmp/ov/work merged
ls -la work | sed 1d | awk "{print \$1, \$2, \$3, \$NF}"
ls -A work/work | wc -l
umount merged && ls work
