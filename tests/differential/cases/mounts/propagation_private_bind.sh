# shell: sh
# A bind mount of a private mount is private: later mounts under either stay where they are.
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/a /tmp/t/b
mount -t tmpfs tmpfs /tmp/t/a
mount --bind /tmp/t/a /tmp/t/b
mkdir /tmp/t/a/sub
mount -t tmpfs inner /tmp/t/a/sub
findmnt -R -n -l -o TARGET,SOURCE,PROPAGATION /tmp/t
grep -c ' /tmp/t/b/sub ' /proc/self/mountinfo
umount -R /tmp/t
