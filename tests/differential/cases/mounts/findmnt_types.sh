# shell: sh
# findmnt -t TYPES keeps the tree of what matches; "no" in front excludes.
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/p /tmp/t/q
mount -t proc proc /tmp/t/p
mount -t tmpfs tmpfs /tmp/t/q
findmnt -R -t tmpfs -o TARGET,FSTYPE /tmp/t
findmnt -R -t proc -o TARGET,FSTYPE /tmp/t
findmnt -R -t noproc -o TARGET /tmp/t
findmnt -n -t proc -o TARGET | grep -c /tmp/t/p
umount -R /tmp/t
