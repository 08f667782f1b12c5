# shell: sh
# An overlay with a process inside is busy; its upper and lower can be used directly meanwhile.
mkdir /tmp/ov && mount -t tmpfs tmpfs /tmp/ov && mount --make-private /tmp/ov && cd /tmp/ov
mkdir lower upper work merged
echo x > lower/f
mount -t overlay overlay -o lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/upper,workdir=/tmp/ov/work merged
cd merged
umount /tmp/ov/merged; echo "umount: $?"
cd /tmp/ov
umount /tmp/ov/merged; echo "umount: $?"
findmnt -n -t overlay; echo "findmnt: $?"
