# shell: sh
# Mounting cgroup2 again shows the same hierarchy: a group made in one is in the other.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir /tmp/cg2 && mount -t cgroup2 none /tmp/cg2
mkdir vlab-twice
[ -d /tmp/cg2/vlab-twice ] && echo "seen in second mount"
rmdir /tmp/cg2/vlab-twice && [ ! -e vlab-twice ] && echo "removed through second mount"
findmnt -n -o FSTYPE,SOURCE /tmp/cg2
stat -f -c %T /tmp/cg2
umount /tmp/cg2
