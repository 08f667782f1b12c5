# shell: sh
# An unbindable mount cannot be bind mounted; rbind skips unbindable submounts.
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/u /tmp/t/dst /tmp/t/p /tmp/t/dst2 && mount -t tmpfs u /tmp/t/u && mount --make-unbindable /tmp/t/u
mount --bind /tmp/t/u /tmp/t/dst; echo "status $?"
mount -t tmpfs p /tmp/t/p && mkdir /tmp/t/p/in && mount -t tmpfs in /tmp/t/p/in && mount --make-unbindable /tmp/t/p/in
mount --rbind /tmp/t/p /tmp/t/dst2; echo "rbind $?"
findmnt -R -n -l -o TARGET /tmp/t/dst2
umount -R /tmp/t
