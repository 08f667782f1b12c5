# shell: sh
# More of mount(8) messages: missing bind source, non-dir target for a dir, bad option, no source.
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/d && touch /tmp/t/f
mount --bind /tmp/t/d /tmp/t/f; echo "dir on file $?"
mount --bind /tmp/t/f /tmp/t/d; echo "file on dir $?"
mount -t tmpfs -o bogusopt x /tmp/t/d; echo "bad option $?"
mount -t tmpfs -o size=abc x /tmp/t/d; echo "bad size $?"
mount -t tmpfs x /tmp/t/f; echo "tmpfs on file $?"
mount -o remount,ro /tmp/t/nonexist; echo "remount missing $?"
mount --move /tmp/t/d /tmp/t/f; echo "move non-mount $?"
umount -R /tmp/t
