# shell: sh
# In a user-ns-owned mount ns, a plain bind of a tree with locked mounts under it is refused (it would uncover them); --rbind copies stay locked below the top.
mkdir -m 777 /tmp/m
mount -t tmpfs top /tmp/m; mkdir /tmp/m/sub /tmp/m/sub/deep; mount -t tmpfs under /tmp/m/sub; chmod 777 /tmp/m/sub
mkdir -m 777 /tmp/b
su nobody -s /bin/sh -c 'unshare -r -m sh -c "
mount --bind /tmp/m /tmp/b; echo bind=\$?
mount --rbind /tmp/m /tmp/b; echo rbind=\$?
findmnt -n -o TARGET,SOURCE -R /tmp/b
umount /tmp/b/sub; echo umount-sub=\$?
umount -l /tmp/b; echo umount-top=\$?
mount --bind /tmp/m/sub /tmp/b && echo bind-leaf=\$? && umount /tmp/b
"' 2>&1
