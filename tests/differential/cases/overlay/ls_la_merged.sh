# shell: sh
# ls -la of a merged directory: modes, link counts, owners and sizes of upper and lower entries.
mkdir /tmp/ov && mount -t tmpfs tmpfs /tmp/ov && cd /tmp/ov
mkdir lower upper work merged && mkdir lower/d && printf 12345 > lower/f && ln -s f lower/l && chmod 750 lower/d
printf abc > upper/u && mkdir upper/ud
mount -t overlay overlay -o lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/upper,workdir=/tmp/ov/work merged
ls -l merged | sed 1d | awk "{print \$1, \$2, \$3, \$4, \$5, \$NF}"
stat -c "%A %h %s" merged
ls -l upper | sed 1d | awk "{print \$1, \$NF}"
umount merged
