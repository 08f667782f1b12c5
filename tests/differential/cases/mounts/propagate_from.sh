# shell: sh
# mountinfo's propagate_from:N: a slave whose master is out of sight (here, outside a chroot)
# names the nearest group it receives from that is in sight.
# requires: chroot
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/a /tmp/t/x /tmp/t/r
mount -t tmpfs A /tmp/t/a && mount --make-shared /tmp/t/a
mount --bind /tmp/t/a /tmp/t/x && mount --make-slave /tmp/t/x && mount --make-shared /tmp/t/x
mount -t tmpfs R /tmp/t/r
mkdir /tmp/t/r/b /tmp/t/r/peer /tmp/t/r/usr /tmp/t/r/proc
mount --bind /tmp/t/x /tmp/t/r/b && mount --make-slave /tmp/t/r/b
mount --bind /tmp/t/a /tmp/t/r/peer
mount --bind /usr /tmp/t/r/usr
ln -s usr/bin /tmp/t/r/bin; ln -s usr/lib /tmp/t/r/lib; ln -s usr/lib64 /tmp/t/r/lib64
grep -E ' /tmp/t/(a|x|r/b|r/peer) ' /proc/self/mountinfo | cut -d' ' -f5,7- | sed 's/ - .*//; s/:[0-9][0-9]*/:N/g'
x=$(grep ' /tmp/t/x ' /proc/self/mountinfo | grep -o 'shared:[0-9]*' | cut -d: -f2)
a=$(grep ' /tmp/t/a ' /proc/self/mountinfo | grep -o 'shared:[0-9]*' | cut -d: -f2)
chroot /tmp/t/r sh -c 'mount -t proc proc /proc; grep " /b " /proc/self/mountinfo | grep -o "master:[0-9]* propagate_from:[0-9]*"; umount /proc' > /tmp/pf
[ "$(cat /tmp/pf)" = "master:$x propagate_from:$a" ] && echo "master is x, propagate_from is a"
umount -R /tmp/t
