# shell: sh
# chroot runs the command with / at NEWROOT and cwd /; .. at the new root stays there.
# requires: chroot
mkdir -p /tmp/r && mount -t tmpfs newroot /tmp/r && mount --make-private /tmp/r
mkdir /tmp/r/usr /tmp/r/etc /tmp/r/proc
ln -s usr/bin /tmp/r/bin; ln -s usr/lib /tmp/r/lib; ln -s usr/lib64 /tmp/r/lib64
mount --bind /usr /tmp/r/usr
echo inside > /tmp/r/etc/marker
cd /tmp
chroot /tmp/r /bin/sh -c 'pwd; cat /etc/marker; cd ../../..; pwd; ls /'
chroot /tmp/r sh -c 'mount -t proc proc /proc; findmnt -n -o TARGET,SOURCE /; findmnt -l -n -o TARGET; umount /proc'
umount -R /tmp/r
