# shell: sh
# --make-shared/-slave/-private/-unbindable as findmnt PROPAGATION and mountinfo tags show them.
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/a && mount -t tmpfs a /tmp/t/a
for m in shared slave private unbindable shared; do mount --make-$m /tmp/t/a; printf "%s: %s / " $m "$(findmnt -n -o PROPAGATION /tmp/t/a)"; awk "\$5 == \"/tmp/t/a\"" /proc/self/mountinfo | cut -d" " -f7- | sed "s/:[0-9]*/:N/g" | cut -d" " -f1-2; done
mkdir /tmp/t/b && mount --bind /tmp/t/a /tmp/t/b && mount --make-slave /tmp/t/b
findmnt -n -o PROPAGATION /tmp/t/b
awk "\$5 == \"/tmp/t/b\"" /proc/self/mountinfo | cut -d" " -f7 | sed "s/:[0-9]*/:N/g"
umount -R /tmp/t
