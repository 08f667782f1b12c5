# shell: sh
# --bind copies one mount, --rbind the mount and everything mounted below it.
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/src /tmp/t/one /tmp/t/all
mount -t tmpfs top /tmp/t/src
mkdir /tmp/t/src/sub && mount -t tmpfs sub /tmp/t/src/sub
echo hello > /tmp/t/src/sub/f
mount --bind /tmp/t/src /tmp/t/one
mount --rbind /tmp/t/src /tmp/t/all
findmnt -R -o TARGET,SOURCE /tmp/t
ls /tmp/t/one/sub | wc -l
cat /tmp/t/all/sub/f
umount -R /tmp/t
