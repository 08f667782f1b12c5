# shell: sh
# mount --move moves a mount and its submounts; the old place shows the covered dir again.
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir -p /tmp/t/a /tmp/t/b && touch /tmp/t/a/under
mount -t tmpfs mv /tmp/t/a && mkdir /tmp/t/a/s && mount -t tmpfs mvsub /tmp/t/a/s && touch /tmp/t/a/top
mount --move /tmp/t/a /tmp/t/b
ls /tmp/t/a /tmp/t/b
findmnt -R -n -l -o TARGET,SOURCE /tmp/t
mount --move /tmp/t/nothere /tmp/t/a; echo "status $?"
umount -R /tmp/t
