# shell: sh
# overlay option parsing: lowerdir-only (ro, two layers), "\:" escapes a colon in a layer path, upper without work, index=off, overlay as lower, layer errors
mkdir -p /tmp/o/l1 /tmp/o/l2 /tmp/o/u /tmp/o/w /tmp/o/m /tmp/o/m2 "/tmp/o/a:b"
echo one > /tmp/o/l1/f; echo two > /tmp/o/l2/g; echo colon > "/tmp/o/a:b/c"
mount -t overlay overlay -o lowerdir=/tmp/o/l1:/tmp/o/l2 /tmp/o/m; echo rc=$?
ls /tmp/o/m; touch /tmp/o/m/new; echo rc=$?
findmnt -n -o FSTYPE,OPTIONS /tmp/o/m
umount /tmp/o/m
mount -t overlay overlay -o 'lowerdir=/tmp/o/a\:b:/tmp/o/l1' /tmp/o/m; echo rc=$?
ls /tmp/o/m
umount /tmp/o/m
mount -t overlay overlay -o lowerdir=/tmp/o/l1,upperdir=/tmp/o/u /tmp/o/m; echo rc=$?
mount -t overlay overlay -o lowerdir=/tmp/o/l1,upperdir=/tmp/o/u,workdir=/tmp/o/w,index=off /tmp/o/m; echo rc=$?
findmnt -n -o OPTIONS /tmp/o/m
df -T /tmp/o/m | awk '{print $1, $2, $7}'
mount -t overlay overlay -o lowerdir=/tmp/o/m,upperdir=/tmp/o/u,workdir=/tmp/o/w /tmp/o/m2; echo rc=$?
stat -f -c %T /tmp/o/m
umount /tmp/o/m
mount -t overlay overlay -o lowerdir=/tmp/o/nosuch /tmp/o/m; echo rc=$?
mount -t overlay overlay -o lowerdir=/tmp/o/l1,upperdir=/tmp/o/u,workdir=/tmp/o/u /tmp/o/m; echo rc=$?
mount -t overlay overlay -o lowerdir=/tmp/o/l1,upperdir=/tmp/o/u,workdir=/tmp/o/u/sub /tmp/o/m; echo rc=$?
mount -t overlay overlay -o lowerdir=/tmp/o/l1,bogus=1 /tmp/o/m; echo rc=$?
