# shell: sh
# pivot_root's checks: usage, ENOENT, EBUSY on the same mount, EINVAL when put_old is outside new_root.
# requires: unshare pivot_root
pivot_root; echo "status $?"
pivot_root /tmp; echo "status $?"
mkdir -p /tmp/r /tmp/elsewhere
mount -t tmpfs newroot /tmp/r
mkdir /tmp/r/old
unshare -m sh -c '
pivot_root /tmp/r /tmp/r/missing; echo "status $?"
pivot_root /tmp/r /tmp/elsewhere; echo "status $?"
mkdir -p /tmp/notmount; pivot_root /tmp/notmount /tmp/notmount; echo "status $?"
'
umount /tmp/r
