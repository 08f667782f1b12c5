# shell: sh
# Mounting over a non-empty directory hides its files until umount; stacked mounts show the top.
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/d && echo old > /tmp/t/d/old
mount -t tmpfs first /tmp/t/d && echo one > /tmp/t/d/one
ls /tmp/t/d
mount -t tmpfs second /tmp/t/d
ls /tmp/t/d | wc -l
findmnt -n -o SOURCE /tmp/t/d
grep -c " /tmp/t/d " /proc/self/mounts
umount /tmp/t/d; ls /tmp/t/d
umount /tmp/t/d; ls /tmp/t/d
umount /tmp/t
