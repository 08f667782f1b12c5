# shell: sh
# unshare -m mounts stay inside, --propagation modes on /, pivot_root usage and errors, mountpoint -q/-x/-d, pivot_root onto the /tmp mount
unshare -m sh -c 'mount -t tmpfs x /mnt; findmnt -n -o TARGET,SOURCE /mnt; mount | grep -c " /mnt "'
findmnt -n /mnt; echo rc=$?
unshare -m --propagation private sh -c 'findmnt -n -o PROPAGATION /'
unshare -m --propagation slave sh -c 'findmnt -n -o PROPAGATION /'
unshare -m --propagation shared sh -c 'findmnt -n -o PROPAGATION /'
mkdir -p /tmp/nr; mount -t tmpfs nr /tmp/nr; mkdir /tmp/nr/old
pivot_root; echo rc=$?
pivot_root /tmp/nr; echo rc=$?
pivot_root /nonexist /tmp; echo rc=$?
pivot_root /tmp/nr /tmp/nosuch; echo rc=$?
mountpoint -q /tmp/nr; echo rc=$?
mountpoint -x /dev/null; echo rc=$?
mountpoint -x /tmp; echo rc=$?
mountpoint /nonexist; echo rc=$?
mountpoint -d /tmp/nr/old; echo rc=$?
umount /tmp/nr; pivot_root /tmp /tmp/nr; echo rc=$?
