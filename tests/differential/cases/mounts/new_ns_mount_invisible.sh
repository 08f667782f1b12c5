# shell: sh
# Mounts made in a new mount namespace (private by default) are not seen outside, and go with it.
# requires: unshare
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/m
unshare -m sh -c 'mount -t tmpfs inside /tmp/t/m; echo hi > /tmp/t/m/f; findmnt -n -o TARGET,SOURCE /tmp/t/m; cat /tmp/t/m/f'
findmnt /tmp/t/m; echo "status $?"
ls /tmp/t/m | wc -l
a=$(readlink /proc/self/ns/mnt)
b=$(unshare -m readlink /proc/self/ns/mnt)
[ "$a" != "$b" ] && echo "different mount namespaces"
umount /tmp/t
