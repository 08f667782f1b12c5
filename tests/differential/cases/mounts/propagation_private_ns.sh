# shell: sh
# unshare -m makes everything private by default: mounts do not cross in either direction.
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/s && mount -t tmpfs s /tmp/t/s && mount --make-shared /tmp/t/s && mkdir /tmp/t/s/x
unshare -m sh -c "findmnt -n -o PROPAGATION /tmp/t/s; mount -t tmpfs inchild /tmp/t/s/x; findmnt -n -o SOURCE /tmp/t/s/x"
mountpoint -q /tmp/t/s/x; echo "parent sees: $?"
unshare -m --propagation slave sh -c "findmnt -n -o PROPAGATION /tmp/t/s"
unshare -m --propagation shared sh -c "findmnt -n -o PROPAGATION /tmp/t/s"
umount -R /tmp/t
