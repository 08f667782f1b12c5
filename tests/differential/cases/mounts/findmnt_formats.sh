# shell: sh
# findmnt -l (list), -r (raw), -P (pairs), -J (JSON) and -n over a small private tree.
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/a /tmp/t/b
mount -t tmpfs one /tmp/t/a
mount -t tmpfs two /tmp/t/b
findmnt -R -l -o TARGET,SOURCE /tmp/t
findmnt -R -r -n -o TARGET,SOURCE,FSTYPE /tmp/t
findmnt -P -o TARGET,SOURCE /tmp/t/a
findmnt -R -J -o TARGET,SOURCE /tmp/t
findmnt -o BOGUS /tmp/t; echo "status $?"
findmnt --bogus; echo "status $?"
umount -R /tmp/t
