# shell: sh
# findmnt default columns TARGET SOURCE FSTYPE OPTIONS as a tree, and -n, -r, -P of them.
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/a /tmp/t/b && mount -t tmpfs -o size=1m one /tmp/t/a && mount -t tmpfs -o mode=700 two /tmp/t/b
findmnt -R /tmp/t
findmnt -n /tmp/t/a
findmnt -r /tmp/t/b
findmnt -P /tmp/t/b
umount -R /tmp/t
