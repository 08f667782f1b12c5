# shell: sh
# Bad tmpfs options: EINVAL, which mount(8) words as a bad option.
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/a
mount -t tmpfs -o size=abc x /tmp/t/a; echo "status $?"
mount -t tmpfs -o nosuchoption x /tmp/t/a; echo "status $?"
mount -t tmpfs -o mode=999 x /tmp/t/a; echo "status $?"
findmnt -n /tmp/t/a; echo "status $?"
umount /tmp/t
