# shell: sh
# An unbindable mount cannot be bind-mounted, and rbind leaves it out.
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/a /tmp/t/b /tmp/t/c
mount -t tmpfs tmpfs /tmp/t/a && mount --make-unbindable /tmp/t/a
findmnt -n -o PROPAGATION /tmp/t/a
grep ' /tmp/t/a ' /proc/self/mountinfo | grep -o 'unbindable'
mount --bind /tmp/t/a /tmp/t/b; echo "bind: $?"
mount --rbind /tmp/t /tmp/t/c; echo "rbind: $?"
findmnt -R -n -l -o TARGET /tmp/t
umount -R /tmp/t
