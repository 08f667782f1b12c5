# shell: sh
# findmnt -t and -O filter by type and option; -l prints a flat list.
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/a /tmp/t/b /tmp/t/c
mount -t tmpfs -o ro ra /tmp/t/a
mount -t tmpfs rb /tmp/t/b
mount -t proc proc /tmp/t/c
findmnt -R -l -t tmpfs -o TARGET,SOURCE /tmp/t
findmnt -R -l -n -t proc -o TARGET /tmp/t
findmnt -R -l -n -O ro -o TARGET /tmp/t
findmnt -R -l -n -t notmpfs -o TARGET,FSTYPE /tmp/t
umount -R /tmp/t
