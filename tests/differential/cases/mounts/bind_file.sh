# shell: sh
# A file can be bind-mounted on a file (not on a directory); umount shows the original again.
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
echo original > /tmp/t/target; echo replacement > /tmp/t/source; mkdir /tmp/t/dir
mount --bind /tmp/t/source /tmp/t/target
cat /tmp/t/target
findmnt -n -o TARGET,FSROOT /tmp/t/target
mount --bind /tmp/t/source /tmp/t/dir; echo "file on dir: $?"
umount /tmp/t/target
cat /tmp/t/target
umount /tmp/t
