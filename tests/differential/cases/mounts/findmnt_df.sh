# shell: sh
# findmnt -D: df-like columns; sizes of a 1 MiB tmpfs.
mkdir -p /tmp/t && mount -t tmpfs -o size=1m small /tmp/t && mount --make-private /tmp/t
findmnt -D /tmp/t
findmnt -b -n -o SIZE,AVAIL,USED /tmp/t
head -c 300000 /dev/zero > /tmp/t/f
findmnt -n -o SIZE,USED,USE% /tmp/t
umount /tmp/t
