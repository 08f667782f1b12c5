# shell: sh
# A process whose cwd or open file is on a mount makes it busy; -l detaches it anyway.
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/a && mount -t tmpfs b /tmp/t/a && echo hi > /tmp/t/a/f
sh -c "cd /tmp/t/a; exec sleep 30" & p=$!
i=0; while [ "$(readlink /proc/$p/cwd)" != /tmp/t/a ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i+1)); done
umount /tmp/t/a; echo "status $?"
umount -l /tmp/t/a; echo "lazy $?"
mountpoint -q /tmp/t/a; echo "mountpoint $?"
ls /proc/$p/cwd/
kill $p; wait $p 2>/dev/null
mkdir /tmp/t/c && mount -t tmpfs c /tmp/t/c && exec 4>/tmp/t/c/g
umount /tmp/t/c; echo "open fd $?"
exec 4>&-
umount /tmp/t/c; echo "closed $?"
umount -R /tmp/t
