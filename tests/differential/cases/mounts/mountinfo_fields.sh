# shell: sh
# /proc/self/mountinfo: root, mount point, per-mount options, tag, type, source, super options.
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/a /tmp/t/b /tmp/t/c && mkdir /tmp/t/a/sub
mount -t tmpfs -o size=1m,nosuid srcA /tmp/t/a && mkdir /tmp/t/a/sub2
mount --bind /tmp/t/a/sub2 /tmp/t/b
mount -t tmpfs -o ro srcC /tmp/t/c
grep " /tmp/t" /proc/self/mountinfo | cut -d" " -f4- | sed "s/shared:[0-9]*/shared:N/"
umount -R /tmp/t
