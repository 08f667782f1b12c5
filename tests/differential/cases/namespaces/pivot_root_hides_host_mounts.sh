# shell: sh
# After pivot_root into a tmpfs with only /usr bound in, the host's mounts are gone from mountinfo and findmnt.
mkdir /tmp/host-marker && mount -t tmpfs marker /tmp/host-marker
unshare -m sh -c '
mount --make-rprivate /
mkdir -p /tmp/nr && mount -t tmpfs newroot /tmp/nr
mkdir -p /tmp/nr/usr /tmp/nr/old /tmp/nr/proc
mount --rbind /usr /tmp/nr/usr
for d in bin sbin lib lib64; do [ -L /$d ] && ln -s usr/$d /tmp/nr/$d; done
cd /tmp/nr && pivot_root . old
mount -t proc proc /proc
umount -l /old
sed "s/^[^ ]* [^ ]* [^ ]* [^ ]* \([^ ]*\) .* - \([^ ]*\) .*/\1/" /proc/self/mountinfo | grep -v "^/usr/"
grep -c marker /proc/self/mountinfo
findmnt -n -o TARGET | grep -c host-marker
'
