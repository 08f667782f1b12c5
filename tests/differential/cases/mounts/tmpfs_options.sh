# shell: sh
# tmpfs options as the kernel shows them back (size in k, mode when not 1777, uid/gid when set).
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/a /tmp/t/b /tmp/t/c
mount -t tmpfs -o size=1m,mode=700,uid=12,gid=34 t1 /tmp/t/a
mount -t tmpfs -o size=50%,nr_inodes=100 t2 /tmp/t/b
mount -t tmpfs -o mode=1777 t3 /tmp/t/c
findmnt -n -o TARGET,FS-OPTIONS /tmp/t/a
findmnt -n -o FS-OPTIONS /tmp/t/c
stat -c '%a %u %g' /tmp/t/a
findmnt -n -o FS-OPTIONS /tmp/t/b | tr , '\n' | grep -c nr_inodes=100
mount -o remount,size=2m /tmp/t/a
findmnt -n -o FS-OPTIONS /tmp/t/a
umount -R /tmp/t
