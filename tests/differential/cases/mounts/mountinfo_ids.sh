# shell: sh
# mountinfo ids: a child mount names its parent id; the device of a bind equals its source.
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/a /tmp/t/b && mount -t tmpfs x /tmp/t/a && mount --bind /tmp/t/a /tmp/t/b
pid=$(awk "\$5 == \"/tmp/t\" {print \$1}" /proc/self/mountinfo)
awk -v p=$pid "\$5 ~ /^\/tmp\/t\// && \$2 == p {print \$5}" /proc/self/mountinfo
da=$(awk "\$5 == \"/tmp/t/a\" {print \$3}" /proc/self/mountinfo); db=$(awk "\$5 == \"/tmp/t/b\" {print \$3}" /proc/self/mountinfo)
[ "$da" = "$db" ] && echo "same device"
[ "$(stat -c %d /tmp/t/a)" = "$(stat -c %d /tmp/t/b)" ] && echo "same st_dev"
[ "$(stat -c %d /tmp/t/a)" != "$(stat -c %d /tmp/t)" ] && echo "differs from parent"
umount -R /tmp/t
