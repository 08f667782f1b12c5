# shell: sh
# /proc/self/mountinfo: the optional fields between the options and " - " (numbers masked).
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/s /tmp/t/p /tmp/t/v /tmp/t/u
mount -t tmpfs sh /tmp/t/s && mount --make-shared /tmp/t/s
mount --bind /tmp/t/s /tmp/t/v && mount --make-slave /tmp/t/v
mount -t tmpfs pr /tmp/t/p
mount -t tmpfs un /tmp/t/u && mount --make-unbindable /tmp/t/u
grep ' /tmp/t' /proc/self/mountinfo | cut -d' ' -f4- | sed 's/:[0-9][0-9]*/:N/g'
umount -R /tmp/t
