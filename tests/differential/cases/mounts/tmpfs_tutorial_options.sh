# shell: sh
# tmpfs options a tutorial uses: size/nr_inodes/uid/gid/mode shown and applied, remount size, bad values, stacked noexec,nosuid,nodev, remount exec after noexec, make-shared
mkdir -p /tmp/t
mount -t tmpfs -o size=10M,nr_inodes=100,uid=1000,gid=1000,mode=1777 tmpfs /tmp/t
findmnt -n -o OPTIONS /tmp/t
stat -c '%a %u %g' /tmp/t
df -h /tmp/t | awk '{print $2, $3, $4, $5}'
df -i /tmp/t | awk '{print $2, $3, $4, $5}'
mount -o remount,size=20M /tmp/t; df -h --output=size /tmp/t
mount -o remount,size=1k /tmp/t; echo rc=$?
mount -t tmpfs -o size=abc tmpfs /tmp/t; echo rc=$?
mount -t tmpfs -o mode=999 tmpfs /tmp/t; echo rc=$?
mount -t tmpfs -o noexec,nosuid,nodev tmpfs /tmp/t; findmnt -n -o OPTIONS /tmp/t
mount -o remount,noexec,exec /tmp/t; findmnt -n -o VFS-OPTIONS /tmp/t
mount --make-shared /tmp/t; findmnt -n -o PROPAGATION /tmp/t
