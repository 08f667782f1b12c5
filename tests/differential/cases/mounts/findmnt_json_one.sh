# shell: sh
# findmnt -J of a single mount, and -J -l with several columns.
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/a && mount -t tmpfs -o size=1m,mode=755 one /tmp/t/a
findmnt -J /tmp/t/a
findmnt -J -R -l -o TARGET,FSTYPE /tmp/t
umount -R /tmp/t
