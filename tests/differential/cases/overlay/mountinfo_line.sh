# shell: sh
# The overlay's line in mountinfo and /proc/mounts, and findmnt -t overlay.
mkdir /tmp/ov && mount -t tmpfs tmpfs /tmp/ov && mount --make-private /tmp/ov && cd /tmp/ov
mkdir lower upper work merged
mount -t overlay overlay -o lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/upper,workdir=/tmp/ov/work merged
grep ' /tmp/ov/merged ' /proc/self/mountinfo | cut -d' ' -f4-
grep ' /tmp/ov/merged ' /proc/mounts
findmnt -t overlay -o TARGET,SOURCE,FSTYPE,OPTIONS
findmnt -n -o FSTYPE,PROPAGATION /tmp/ov/merged
mount | grep ' /tmp/ov/merged '
umount merged
mount -t overlay overlay -o lowerdir=lower,upperdir=upper,workdir=work merged
findmnt -n -o OPTIONS /tmp/ov/merged
umount merged
