# shell: sh
# A directory bind-mounted on itself becomes a mount point; --make-rslave, -o rbind and -o bind,ro.
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir -p /tmp/t/d/sub /tmp/t/e /tmp/t/f
mountpoint -q /tmp/t/d; echo "before $?"
mount --bind /tmp/t/d /tmp/t/d && mountpoint /tmp/t/d
mount -t tmpfs s /tmp/t/d/sub
mount -o rbind /tmp/t/d /tmp/t/e && findmnt -R -n -l -o TARGET,SOURCE /tmp/t/e
mount --make-rshared /tmp/t/e && mount --make-rslave /tmp/t/e && findmnt -R -n -l -o TARGET,PROPAGATION /tmp/t/e
mount -o bind,ro /tmp/t/d /tmp/t/f && findmnt -n -o OPTIONS /tmp/t/f
umount -R /tmp/t
