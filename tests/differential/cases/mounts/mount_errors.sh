# shell: sh
# mount's messages: missing mount point, unknown type, nothing in fstab, bad usage.
mkdir -p /tmp/t/dir
mount -t tmpfs tmpfs /tmp/t/nonexistent; echo "status $?"
mount -t bogusfs none /tmp/t/dir; echo "status $?"
mount /tmp/t/dir; echo "status $?"
mount a b c; echo "status $?"
mount --bind /tmp/t/missing /tmp/t/dir; echo "status $?"
mount --make-private /tmp/t/dir; echo "status $?"
mount -o remount,ro /tmp/t/dir; echo "status $?"
