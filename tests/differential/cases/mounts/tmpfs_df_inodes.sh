# shell: sh
# df -i and stat -f of a tmpfs with nr_inodes= and size=: inode and block counts.
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/a && mount -t tmpfs -o size=100m,nr_inodes=1000 di /tmp/t/a
df -i /tmp/t/a
touch /tmp/t/a/1 /tmp/t/a/2 && mkdir /tmp/t/a/d
df -i /tmp/t/a | tail -1
stat -f -c "%b %f %a %c %d %S %l" /tmp/t/a
df -h --output=size,used,avail,pcent /tmp/t/a
df -k /tmp/t/a | tail -1
umount -R /tmp/t
