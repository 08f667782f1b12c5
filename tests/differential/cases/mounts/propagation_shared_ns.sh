# shell: sh
# A shared mount propagates mounts both ways between mount namespaces.
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/s && mount -t tmpfs s /tmp/t/s && mount --make-shared /tmp/t/s
mkdir /tmp/t/s/from_parent_dir /tmp/t/s/from_child_dir
unshare -m --propagation unchanged sh -c "mount -t tmpfs fromchild /tmp/t/s/from_child_dir; findmnt -n -o SOURCE /tmp/t/s/from_child_dir"
findmnt -n -o SOURCE /tmp/t/s/from_child_dir
unshare -m --propagation unchanged sh -c "umount /tmp/t/s/from_child_dir"
mountpoint -q /tmp/t/s/from_child_dir; echo "after umount in child: $?"
umount -R /tmp/t
