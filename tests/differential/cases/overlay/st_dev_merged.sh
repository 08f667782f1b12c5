# shell: sh
# In merged, directories share the overlay device; stat -f says overlayfs.
mkdir /tmp/ov && mount -t tmpfs tmpfs /tmp/ov && cd /tmp/ov
mkdir lower upper work merged && mkdir lower/ld && mkdir upper/ud
mount -t overlay overlay -o lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/upper,workdir=/tmp/ov/work merged
[ "$(stat -c %d merged)" = "$(stat -c %d merged/ld)" ] && echo "lower dir same dev"
[ "$(stat -c %d merged)" = "$(stat -c %d merged/ud)" ] && echo "upper dir same dev"
[ "$(stat -c %d merged)" != "$(stat -c %d lower)" ] && echo "differs from lower fs"
stat -f -c %T merged
df --output=fstype,target merged | tail -1
umount merged
