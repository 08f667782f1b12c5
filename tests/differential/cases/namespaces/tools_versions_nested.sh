# shell: sh
# --help heads and -V of the namespace and mount tools (findmnt -V too); unshare -p without -f; nested unshare -r; a mount ns inside a user ns
unshare --help | head -4
unshare -V
nsenter --help | head -3
nsenter -V
lsns --help | head -3
lsns -V
findmnt -V; mount -V; umount -V; mountpoint -V; pivot_root -V
ip -V
ss -V
unshare -p true; echo rc=$?
unshare -r unshare -r id -u
unshare -r sh -c 'unshare -m mount -t tmpfs x /mnt && echo ok'
