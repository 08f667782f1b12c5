# shell: sh
# ls -i on a merged directory (d_ino from readdir) agrees with stat's st_ino.
mkdir /tmp/ov && mount -t tmpfs tmpfs /tmp/ov && cd /tmp/ov
mkdir l1 l2 upper work merged
echo 1 > l1/both; echo 2 > l2/both; echo 2 > l2/low; echo u > upper/up; mkdir l1/d l2/d
mount -t overlay overlay -o lowerdir=/tmp/ov/l1:/tmp/ov/l2,upperdir=/tmp/ov/upper,workdir=/tmp/ov/work merged
echo x >> merged/low
for f in both low up d; do
  a=$(ls -i merged | grep " $f\$" | awk '{print $1}')
  b=$(stat -c %i merged/$f)
  [ "$a" = "$b" ] && echo "$f: same" || echo "$f: ls $a stat $b"
done
umount merged
