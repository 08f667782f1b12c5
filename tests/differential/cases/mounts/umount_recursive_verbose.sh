# shell: sh
# umount -Rv unmounts deepest first (stacked and nested), remount ro->rw, remount/bind of missing paths, mount of a path not in fstab, umount twice
mkdir -p /tmp/t
mount -t tmpfs t1 /tmp/t; mkdir /tmp/t/a /tmp/t/b; mount -t tmpfs t2 /tmp/t/a; mount -t tmpfs t3 /tmp/t/a
mkdir -p /tmp/t/a/x; mount -t tmpfs t4 /tmp/t/a/x
mount | grep /tmp/t
umount -Rv /tmp/t; echo rc=$?
mount | grep -c /tmp/t
mount -t tmpfs -o ro t5 /tmp/t
mount -o remount,rw /tmp/t; echo rc=$?
findmnt -n -o OPTIONS /tmp/t
mount -o remount /tmp/nosuch; echo rc=$?
mount --bind /tmp/nosuch /tmp/t; echo rc=$?
mount -t tmpfs | grep " /tmp/t "; echo rc=$?
mount /tmp/t; echo rc=$?
umount /tmp/t /tmp/t; echo rc=$?
mount -l -t tmpfs | grep -c /tmp/t
