# shell: sh
# --rbind copies submounts, --bind does not; umount -R removes a whole tree.
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir -p /tmp/t/src /tmp/t/b1 /tmp/t/b2 && mount -t tmpfs sub /tmp/t/src && mkdir /tmp/t/src/in && mount -t tmpfs subsub /tmp/t/src/in && echo deep > /tmp/t/src/in/f
mount --bind /tmp/t/src /tmp/t/b1
mount --rbind /tmp/t/src /tmp/t/b2
cat /tmp/t/b1/in/f; echo "b1 status $?"
cat /tmp/t/b2/in/f
findmnt -R -n -l -o TARGET,SOURCE /tmp/t
umount /tmp/t/b2; echo "umount b2 $?"
umount -R /tmp/t/b2; echo "umount -R b2 $?"
findmnt -R -n -l -o TARGET /tmp/t
umount -R /tmp/t
