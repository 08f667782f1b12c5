# shell: sh
# findmnt with nothing matching prints nothing and exits 1.
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
findmnt /tmp/t/nothing; echo "status $?"
findmnt -n --source nosuchsrc; echo "status $?"
findmnt -n -o TARGET --source tmpfs --target /tmp/t/x; echo "status $?"
findmnt -n -o TARGET -M /tmp/t/nothing; echo "status $?"
umount /tmp/t
