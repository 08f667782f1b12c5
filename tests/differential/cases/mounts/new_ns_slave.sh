# shell: sh
# unshare -m --propagation slave: mounts made outside appear inside, not the other way round.
# requires: unshare
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/s && mount -t tmpfs tmpfs /tmp/t/s && mount --make-shared /tmp/t/s
mkdir /tmp/t/s/out /tmp/t/s/in
unshare -m --propagation slave sh -c '
findmnt -n -o PROPAGATION /tmp/t/s
mount -t tmpfs inside /tmp/t/s/in
while [ ! -e /tmp/t/s/out/ready ]; do sleep 0.1; done
findmnt -n -o TARGET,SOURCE /tmp/t/s/out
' &
sleep 0.5
mount -t tmpfs outside /tmp/t/s/out && touch /tmp/t/s/out/ready
wait
findmnt -n /tmp/t/s/in; echo "inside mount seen outside: $?"
umount -R /tmp/t
