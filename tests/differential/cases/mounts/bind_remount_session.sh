# shell: sh
# A tutorial session on a bind mount: -P pairs, -D, remount,bind,ro (VFS vs FS options), EROFS on one side only, df -T, mountpoint -d, umount -v
mkdir -p /tmp/m/a /tmp/m/b
mount -t tmpfs -o size=1m,mode=700 src1 /tmp/m/a
mount --bind /tmp/m/a /tmp/m/b
findmnt -P -o TARGET,SOURCE,FSTYPE,OPTIONS /tmp/m/a
findmnt -D /tmp/m/a | sed 's/  */ /g'
findmnt --real -n -o TARGET -M /tmp/m/b
findmnt -n -o TARGET,SOURCE /tmp/m/b
mount -o remount,bind,ro /tmp/m/b
findmnt -n -o TARGET,VFS-OPTIONS,FS-OPTIONS /tmp/m/b
touch /tmp/m/b/x; echo rc=$?
touch /tmp/m/a/x; echo rc=$?
findmnt -n -r -o TARGET,PROPAGATION /tmp/m/a
findmnt -n -l -o TARGET,SIZE,USED,AVAIL,USE% /tmp/m/a
df -T /tmp/m/a | sed 's/  */ /g'
df -h --output=source,fstype,size,target /tmp/m/a
mountpoint /tmp/m/a /tmp/m; echo rc=$?
mountpoint -d /tmp/m/a | sed 's/[0-9]*:[0-9]*/M:N/'
umount -R /tmp/m/a; echo rc=$?
umount -v /tmp/m/b; echo rc=$?
umount -v /tmp/m/a; echo rc=$?
