# shell: sh
# Two overlays on the same upper/work pair: this kernel only warns, both mounts exist.
mkdir /tmp/ov && mount -t tmpfs tmpfs /tmp/ov && cd /tmp/ov
mkdir lower upper work merged m2
mount -t overlay overlay -o lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/upper,workdir=/tmp/ov/work merged
mount -t overlay overlay -o lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/upper,workdir=/tmp/ov/work m2; echo "status $?"
mountpoint -q m2; echo "m2 mounted $?"
umount m2 && umount merged
