# shell: sh
# A full tmpfs: size= and nr_inodes= limits give ENOSPC as the tools print it.
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/a /tmp/t/b
mount -t tmpfs -o size=64k t1 /tmp/t/a
mount -t tmpfs -o nr_inodes=3 t2 /tmp/t/b
dd if=/dev/zero of=/tmp/t/a/big bs=4k count=100 2>&1 | head -1
echo "dd status done"
touch /tmp/t/b/1 /tmp/t/b/2 /tmp/t/b/3 /tmp/t/b/4; echo "status $?"
ls /tmp/t/b
umount -R /tmp/t
