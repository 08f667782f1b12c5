# shell: sh
# size= in k, m, g, percent and pages as findmnt and df show them.
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/a
for s in 100k 1m 1500k 2g 4096 1023; do mount -t tmpfs -o size=$s su /tmp/t/a && echo "$s $(findmnt -n -o FS-OPTIONS /tmp/t/a) $(df --output=size /tmp/t/a | tail -1)"; umount /tmp/t/a; done
umount /tmp/t
