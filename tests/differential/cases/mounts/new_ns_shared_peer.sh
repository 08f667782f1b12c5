# shell: sh
# unshare -m --propagation unchanged keeps shared mounts peers across namespaces;
# the default (private) cuts them off.
# requires: unshare
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/s && mount -t tmpfs tmpfs /tmp/t/s && mount --make-shared /tmp/t/s
mkdir /tmp/t/s/x /tmp/t/s/y
unshare -m --propagation unchanged sh -c 'mount -t tmpfs fromchild /tmp/t/s/x; findmnt -n -o PROPAGATION /tmp/t/s'
findmnt -n -o TARGET,SOURCE /tmp/t/s/x
unshare -m sh -c 'mount -t tmpfs private /tmp/t/s/y; findmnt -n -o PROPAGATION /tmp/t/s'
findmnt -n /tmp/t/s/y; echo "status $?"
umount -R /tmp/t
