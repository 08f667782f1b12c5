# shell: sh
# unprivileged-container tutorial steps as user-ns root: tmpfs, bind, proc (EPERM outside a pid ns), remount ro, hostname with and without -u, maps, unmapped writer
unshare --user --map-root-user --mount sh -c 'mkdir -p /tmp/u; mount -t tmpfs none /tmp/u && findmnt -n -o FSTYPE,OPTIONS /tmp/u; mount --bind /tmp/u /mnt && echo bound; mount -t proc proc /proc; echo "proc rc=$?"; mount -o remount,ro /tmp/u; echo "ro rc=$?"'
unshare -r sh -c 'hostname x; echo rc=$?'
unshare -r -u sh -c 'hostname x && hostname'
unshare -r sh -c 'cat /proc/self/uid_map; id'
unshare -r --map-group=5 id; echo rc=$?
unshare --map-user=0 sh -c 'id -u; id -g'
unshare -U sh -c 'echo 0 0 1 > /proc/self/uid_map' 2>/dev/null; echo rc=$?
unshare -U sh -c 'touch /tmp/f; ls -ln /tmp/f | cut -d" " -f3,4'
