# shell: sh
# remount keeps tmpfs options not named again and changes those named.
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/a && mount -t tmpfs -o size=1m,mode=750,nosuid rk /tmp/t/a
mount -o remount,ro /tmp/t/a && findmnt -n -o OPTIONS /tmp/t/a
mount -o remount,rw,size=4m /tmp/t/a && findmnt -n -o OPTIONS /tmp/t/a
mount -o remount,suid,noatime /tmp/t/a && findmnt -n -o VFS-OPTIONS,FS-OPTIONS /tmp/t/a
stat -c %a /tmp/t/a
umount -R /tmp/t
