# shell: sh
# A slave receives mounts from its master but sends none back; findmnt says "private,slave".
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/a /tmp/t/b
mount -t tmpfs tmpfs /tmp/t/a && mount --make-shared /tmp/t/a
mount --bind /tmp/t/a /tmp/t/b && mount --make-slave /tmp/t/b
mkdir /tmp/t/a/x /tmp/t/a/y
mount -t tmpfs fromA /tmp/t/a/x
mount -t tmpfs fromB /tmp/t/b/y
findmnt -R -o TARGET,SOURCE,PROPAGATION /tmp/t
a=$(grep ' /tmp/t/a ' /proc/self/mountinfo | grep -o 'shared:[0-9]*' | cut -d: -f2)
b=$(grep ' /tmp/t/b ' /proc/self/mountinfo | grep -o 'master:[0-9]*' | cut -d: -f2)
[ -n "$a" ] && [ "$a" = "$b" ] && echo "b is a slave of a's group"
umount -R /tmp/t
