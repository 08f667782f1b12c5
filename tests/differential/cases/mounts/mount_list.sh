# shell: sh
# mount with no operands lists "SRC on TARGET type TYPE (OPTIONS)"; -t filters by type.
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/a /tmp/t/b
mount -t tmpfs -o size=1m,mode=700,nosuid mytmp /tmp/t/a
mount -t tmpfs -o ro,noexec,nodev other /tmp/t/b
mount | grep ' /tmp/t'
mount -t tmpfs | grep -c ' /tmp/t'
mount -t proc | grep -c ' /tmp/t'
umount -R /tmp/t
