# shell: sh
# mount --bind -o ro makes only the bind read-only; the original stays writable.
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/src /tmp/t/ro && echo x > /tmp/t/src/f
mount --bind -o ro /tmp/t/src /tmp/t/ro
findmnt -n -o TARGET,OPTIONS /tmp/t/ro
(echo y > /tmp/t/ro/f) 2>/dev/null || echo "ro bind refused"
echo y > /tmp/t/src/f && cat /tmp/t/ro/f
mount -o remount,rw,bind /tmp/t/ro && echo z > /tmp/t/ro/f && cat /tmp/t/src/f
umount -R /tmp/t
