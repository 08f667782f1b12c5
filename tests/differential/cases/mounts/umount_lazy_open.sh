# shell: sh
# umount -l detaches at once; an open fd keeps the file readable afterwards.
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/a && mount -t tmpfs lz /tmp/t/a && echo kept > /tmp/t/a/f
exec 3</tmp/t/a/f
umount /tmp/t/a; echo "busy $?"
umount -l /tmp/t/a; echo "lazy $?"
ls /tmp/t/a | wc -l
cat <&3
grep -c " /tmp/t/a " /proc/self/mounts
exec 3<&-
umount /tmp/t
