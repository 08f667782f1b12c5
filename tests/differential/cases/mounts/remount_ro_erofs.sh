# shell: sh
# After remount,ro writes fail with EROFS in each tool's words; remount,rw restores.
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/a && mount -t tmpfs r /tmp/t/a && echo data > /tmp/t/a/f && mkdir /tmp/t/a/d
mount -o remount,ro /tmp/t/a
findmnt -n -o OPTIONS /tmp/t/a
touch /tmp/t/a/new
mkdir /tmp/t/a/nd
rm /tmp/t/a/f
rmdir /tmp/t/a/d
cp /etc/hostname /tmp/t/a/
ln -s f /tmp/t/a/l
mv /tmp/t/a/f /tmp/t/a/g
chmod 600 /tmp/t/a/f
(echo more >> /tmp/t/a/f) 2>/dev/null || echo "redir failed"
cat /tmp/t/a/f
mount -o remount,rw /tmp/t/a && touch /tmp/t/a/new && ls /tmp/t/a
umount -R /tmp/t
