# shell: sh
# mode=, uid=, gid= set the root directory of a new tmpfs; the default is 1777 root.
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/a /tmp/t/b /tmp/t/c
mount -t tmpfs none /tmp/t/a
mount -t tmpfs -o mode=0755,uid=1000,gid=100 none /tmp/t/b
mount -t tmpfs -o mode=700 none /tmp/t/c
stat -c "%A %a %u %g %F" /tmp/t/a /tmp/t/b /tmp/t/c
grep " /tmp/t/[abc] " /proc/self/mounts
umount -R /tmp/t
