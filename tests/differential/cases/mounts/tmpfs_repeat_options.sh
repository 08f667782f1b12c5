# shell: sh
# Repeated tmpfs options: the last size= wins; uid/gid by number; unknown uid word is an error.
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/a
mount -t tmpfs -o size=1m,size=2m,mode=755,mode=700 r /tmp/t/a && findmnt -n -o FS-OPTIONS /tmp/t/a && umount /tmp/t/a
mount -t tmpfs -o uid=nobody,gid=nogroup r /tmp/t/a; echo "status $?"; findmnt -n -o FS-OPTIONS /tmp/t/a; umount /tmp/t/a
mount -t tmpfs -o uid=nosuchuser r /tmp/t/a; echo "status $?"
mount -t tmpfs -o nr_inodes=0 r /tmp/t/a && findmnt -n -o FS-OPTIONS /tmp/t/a && umount /tmp/t/a
mount -t tmpfs -o size=0 r /tmp/t/a && findmnt -n -o FS-OPTIONS /tmp/t/a && df --output=size /tmp/t/a | tail -1 && touch /tmp/t/a/f && echo "writable" && umount /tmp/t/a
umount /tmp/t
