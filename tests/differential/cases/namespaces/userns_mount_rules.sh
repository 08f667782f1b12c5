# shell: sh
# Root of a new user namespace may mount tmpfs and bind mounts in its own mount namespace, but not devtmpfs, nor proc/sysfs of namespaces it does not own.
unshare -r -m sh -c '
  mount -t tmpfs x /mnt && echo "tmpfs ok"
  mount --bind /etc /mnt && echo "bind ok"
  mount -t devtmpfs x /mnt 2>/dev/null || echo "devtmpfs refused"
  mount -t proc proc /mnt 2>/dev/null || echo "proc of the host pid ns refused"
  mount -t sysfs x /mnt 2>/dev/null || echo "sysfs of the host net ns refused"
'
unshare -r -m -n sh -c 'mount -t sysfs x /mnt && echo "sysfs of its own net ns ok"'
unshare -r -m -p -f sh -c 'mount -t proc proc /mnt && echo "proc of its own pid ns ok"'
