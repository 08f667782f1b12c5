# shell: sh
# umount with several operands goes on after an error and exits 32 (or 64 for some failing).
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/a /tmp/t/b /tmp/t/c && mount -t tmpfs a /tmp/t/a && mount -t tmpfs b /tmp/t/b
umount /tmp/t/a /tmp/t/c /tmp/t/b; echo "status $?"
findmnt -R -n -o TARGET /tmp/t
umount /tmp/t/c /tmp/t/a; echo "status $?"
umount /tmp/t
