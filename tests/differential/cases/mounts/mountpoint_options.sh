# shell: sh
# mountpoint: -q status only, messages for dirs, files and missing paths, -x on a non-device.
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/a /tmp/t/d && mount -t tmpfs m /tmp/t/a && touch /tmp/t/f
mountpoint /tmp/t/a; echo "status $?"
mountpoint /tmp/t/d; echo "status $?"
mountpoint -q /tmp/t/a; echo "q $?"
mountpoint -q /tmp/t/d; echo "q $?"
mountpoint /tmp/t/f; echo "status $?"
mountpoint /tmp/t/missing; echo "status $?"
mountpoint -q /tmp/t/missing; echo "q $?"
mountpoint /; echo "status $?"
mountpoint -d /tmp/t/a | grep -c "^0:[0-9]*$"
mountpoint -x /tmp/t/f; echo "x $?"
mountpoint; echo "status $?"
umount -R /tmp/t
