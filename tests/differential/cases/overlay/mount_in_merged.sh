# shell: sh
# Mounts can be made on directories of the overlay (a container's /proc on its merged root).
mkdir /tmp/ov && mount -t tmpfs tmpfs /tmp/ov && mount --make-private /tmp/ov && cd /tmp/ov
mkdir lower upper work merged
mkdir lower/proc lower/tmp
mount -t overlay overlay -o lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/upper,workdir=/tmp/ov/work merged
mount -t proc proc merged/proc
mount -t tmpfs tmpfs merged/tmp
ls merged/proc/self/ | grep -c '^status$'
findmnt -R -n -l -o TARGET,FSTYPE /tmp/ov/merged
umount merged; echo "busy: $?"
umount merged/proc merged/tmp
umount merged; echo "umount: $?"
