# shell: sh
# No symlinks, FIFOs or devices in a cgroup directory (EPERM).
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-s
ln -s /tmp vlab-s/link; echo "ln $?"
mkfifo vlab-s/fifo; echo "mkfifo $?"
mknod vlab-s/null c 1 3; echo "mknod $?"
rmdir vlab-s
