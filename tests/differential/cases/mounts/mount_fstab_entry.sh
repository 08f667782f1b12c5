# shell: sh
# mount DIR and mount SRC use /etc/fstab entries; mount -a mounts the rest; findmnt -s lists fstab.
cp /etc/fstab /tmp/fstab.saved 2>/dev/null; mkdir -p /tmp/t/a /tmp/t/b
mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t && mkdir /tmp/t/a /tmp/t/b
mount --bind /tmp/fstab.saved /etc/fstab 2>/dev/null || true
printf "fsa /tmp/t/a tmpfs size=1m 0 0\nfsb /tmp/t/b tmpfs mode=700 0 0\n" > /tmp/fstab.new && mount --bind /tmp/fstab.new /etc/fstab
mount /tmp/t/a && findmnt -n -o SOURCE,OPTIONS /tmp/t/a
findmnt -s -n -o TARGET,SOURCE | grep /tmp/t
mount fsb && findmnt -n -o SOURCE,OPTIONS /tmp/t/b
umount /tmp/t/a /tmp/t/b && mount -a -t tmpfs -O no_netdev 2>/dev/null; findmnt -R -n -o TARGET /tmp/t
umount /etc/fstab; umount /etc/fstab 2>/dev/null; umount -R /tmp/t
