# shell: sh
# A bind of a shared mount joins its peer group: mounts below either one appear in both.
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/a /tmp/t/b && mount -t tmpfs a /tmp/t/a && mount --make-shared /tmp/t/a && mount --bind /tmp/t/a /tmp/t/b
mkdir /tmp/t/a/x /tmp/t/a/y
mount -t tmpfs underA /tmp/t/a/x && mount -t tmpfs underB /tmp/t/b/y
findmnt -R -n -l -o TARGET,SOURCE,PROPAGATION /tmp/t | sort
a=$(awk "\$5 == \"/tmp/t/a\" {print \$7}" /proc/self/mountinfo); b=$(awk "\$5 == \"/tmp/t/b\" {print \$7}" /proc/self/mountinfo); [ "$a" = "$b" ] && echo "same peer group"
umount /tmp/t/b/x && mountpoint -q /tmp/t/a/x; echo "a/x after umount of b/x: $?"
umount -R /tmp/t
