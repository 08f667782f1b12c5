# shell: sh
# Symlinks, FIFOs and directories made on the overlay land in upper; lower symlinks read through.
mkdir /tmp/ov && mount -t tmpfs tmpfs /tmp/ov && mount --make-private /tmp/ov && cd /tmp/ov
mkdir lower upper work merged
ln -s target lower/lowlink
mount -t overlay overlay -o lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/upper,workdir=/tmp/ov/work merged
readlink merged/lowlink
ln -s elsewhere merged/newlink
mkfifo merged/fifo
mkdir -p merged/a/b
stat -c '%F %n' upper/newlink upper/fifo upper/a/b
readlink upper/newlink
ls upper | wc -l
umount merged
