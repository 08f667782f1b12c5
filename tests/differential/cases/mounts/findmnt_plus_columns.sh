# shell: sh
# findmnt -o +COL adds to the default columns; --output-all is not in 2.38 -o lists; -u and SIZE columns.
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/a && mount -t tmpfs -o size=4m pc /tmp/t/a
findmnt -o +PROPAGATION /tmp/t/a
findmnt -n -o TARGET,SIZE,USED,AVAIL,USE% /tmp/t/a
findmnt -n -b -o SIZE /tmp/t/a
findmnt -n -o ID,PARENT /tmp/t/a | awk "{print (\$1 > 0 && \$2 > 0) ? \"ids\" : \$0}"
findmnt -n -o MAJ:MIN /tmp/t/a | grep -c "^ *0:[0-9]*$"
umount -R /tmp/t
