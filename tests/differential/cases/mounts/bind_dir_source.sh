# shell: sh
# A bind mount of a subdirectory: findmnt SOURCE shows dev[/path], FSROOT the path.
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir -p /tmp/t/src/deep /tmp/t/dst && echo hi > /tmp/t/src/deep/f
mount --bind /tmp/t/src/deep /tmp/t/dst
cat /tmp/t/dst/f
findmnt -n -o SOURCE,FSROOT,TARGET /tmp/t/dst
echo new > /tmp/t/dst/g; cat /tmp/t/src/deep/g
grep -c " /tmp/t/dst " /proc/self/mounts
umount /tmp/t/dst; ls /tmp/t/dst | wc -l
umount /tmp/t
