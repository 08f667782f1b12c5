# shell: sh
# An overlay's merged directory as the lower layer of another overlay.
mkdir /tmp/ov && mount -t tmpfs tmpfs /tmp/ov && cd /tmp/ov
mkdir l u1 w1 m1 u2 w2 m2
echo base > l/a; echo base > l/b
mount -t overlay overlay -o lowerdir=/tmp/ov/l,upperdir=/tmp/ov/u1,workdir=/tmp/ov/w1 m1
echo one > m1/b; echo one > m1/c
mount -t overlay overlay -o lowerdir=/tmp/ov/m1,upperdir=/tmp/ov/u2,workdir=/tmp/ov/w2 m2
echo two >> m2/a; rm m2/c
ls m2; cat m2/a m2/b
echo "--"; ls u1 u2
stat -c '%F %n' u2/c
ls m1; cat m1/a
umount m2; umount m1
