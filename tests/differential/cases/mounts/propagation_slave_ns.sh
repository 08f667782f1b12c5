# shell: sh
# A slave receives mounts from its master but its own mounts do not go back.
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/s && mount -t tmpfs s /tmp/t/s && mount --make-shared /tmp/t/s && mkdir /tmp/t/s/a /tmp/t/s/b /tmp/t/flag
unshare -m --propagation slave sh -c "mount -t tmpfs childmnt /tmp/t/s/b; touch /tmp/t/flag/ready; i=0; while [ ! -e /tmp/t/flag/go ] && [ \$i -lt 100 ]; do sleep 0.1; i=\$((i+1)); done; findmnt -n -o SOURCE /tmp/t/s/a; findmnt -n -o PROPAGATION /tmp/t/s" > /tmp/t/flag/out 2>&1 & p=$!
i=0; while [ ! -e /tmp/t/flag/ready ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i+1)); done
mount -t tmpfs parentmnt /tmp/t/s/a
mountpoint -q /tmp/t/s/b; echo "parent sees child mount: $?"
touch /tmp/t/flag/go; wait $p
cat /tmp/t/flag/out
umount -R /tmp/t
