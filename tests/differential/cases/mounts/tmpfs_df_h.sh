# shell: sh
# df -h and df --output of tmpfs mounts with size= limits.
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/a /tmp/t/b
mount -t tmpfs -o size=10m t1 /tmp/t/a
mount -t tmpfs -o size=512k t2 /tmp/t/b
df -h /tmp/t/a /tmp/t/b
dd if=/dev/zero of=/tmp/t/a/f bs=1M count=2 2>/dev/null
df -h /tmp/t/a
df --output=source,fstype,size,target /tmp/t/b
df -T /tmp/t/a | awk "NR==2 {print \$2}"
umount -R /tmp/t
