# shell: sh
# The "pivot_root . ." idiom: the old root is stacked on top of the new one, umount -l . drops it.
# requires: unshare pivot_root
mkdir -p /tmp/r
mount -t tmpfs newroot /tmp/r
mkdir /tmp/r/usr /tmp/r/proc
ln -s usr/bin /tmp/r/bin; ln -s usr/lib /tmp/r/lib; ln -s usr/lib64 /tmp/r/lib64
unshare -m sh -c '
mount --bind /usr /tmp/r/usr
cd /tmp/r && pivot_root . .; echo "pivot: $?"
mount -t proc proc /proc
umount -l .; echo "umount: $?"
cd /
findmnt -l -n -o TARGET
ls /
'
umount /tmp/r
