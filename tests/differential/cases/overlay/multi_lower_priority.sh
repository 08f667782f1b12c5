# shell: sh
# With lowerdir=a:b:c the leftmost layer wins; directories merge across all three.
mkdir /tmp/ov && mount -t tmpfs tmpfs /tmp/ov && cd /tmp/ov
mkdir a b c upper work merged
echo a > a/f; echo b > b/f; echo c > c/f; echo b > b/g; echo c > c/g; echo c > c/h
mkdir a/d b/d c/d; touch a/d/1 b/d/2 c/d/3
mount -t overlay overlay -o lowerdir=/tmp/ov/a:/tmp/ov/b:/tmp/ov/c,upperdir=/tmp/ov/upper,workdir=/tmp/ov/work merged
cat merged/f merged/g merged/h
ls merged/d
findmnt -n -o FSTYPE,SOURCE merged
findmnt -n -o OPTIONS merged | tr , "\n" | grep dir=
umount merged
