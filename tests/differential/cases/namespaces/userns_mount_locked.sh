# shell: sh
# Mounts copied into a user-ns-owned mount ns are locked: root there may mount on top and remount them bind-ro, but not unmount, move, or remount their superblock; cgroup2 needs its own cgroup ns.
mkdir -m 777 /tmp/m
su nobody -s /bin/sh -c 'unshare -r -m sh -c "
umount /run; echo umount-run=\$?
umount -l /run; echo umount-l=\$?
mount --move /run /tmp/m; echo move=\$?
mount -o remount,ro /run; echo remount-sb=\$?
mount -o remount,bind,ro /run && touch /run/x; mount -o remount,bind,rw /run && touch /run/x && echo rw-again
mount -t cgroup2 none /tmp/m; echo cgroup2=\$?
mount -t tmpfs t /tmp/m && umount /tmp/m && echo own-tmpfs-unmounted
mount --bind /run /tmp/m && umount /tmp/m && echo own-bind-unmounted
"' 2>&1
su nobody -s /bin/sh -c 'unshare -r -m -C sh -c "mount -t cgroup2 none /tmp/m && echo cgroup2-in-own-cgroupns"'
