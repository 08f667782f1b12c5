# shell: sh
# umount's messages: no mount point, not mounted, bad usage.
mkdir -p /tmp/t/dir
umount /tmp/t/nonexistent; echo "status $?"
umount /tmp/t/dir; echo "status $?"
umount; echo "status $?"
umount -q /tmp/t/dir; echo "status $?"
