# shell: sh
# pivot_root NEW PUT_OLD in a new mount namespace: NEW becomes /, the old root hangs at PUT_OLD
# until umount -l; then only the new root's mounts are left.
# requires: unshare pivot_root
mkdir -p /tmp/r
mount -t tmpfs newroot /tmp/r
mkdir /tmp/r/old /tmp/r/usr /tmp/r/proc
ln -s usr/bin /tmp/r/bin; ln -s usr/lib /tmp/r/lib; ln -s usr/lib64 /tmp/r/lib64
unshare -m sh -c '
mount --bind /usr /tmp/r/usr
cd /tmp/r && pivot_root . old; echo "pivot: $?"
cd /
mount -t proc proc /proc
findmnt -n -o SOURCE /; echo "/old: $(findmnt -n -o TARGET /old)"
umount -l /old; echo "umount -l: $?"
findmnt -l -n -o TARGET
echo /old/*
cat /proc/self/mountinfo | wc -l
'
umount /tmp/r
