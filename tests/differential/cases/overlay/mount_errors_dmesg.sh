# shell: sh
# What overlayfs writes to the kernel log for each refused mount (timestamps stripped).
# requires: dmesg
mkdir /tmp/ov && mount -t tmpfs tmpfs /tmp/ov && cd /tmp/ov
mkdir lower upper work merged; echo f > lower/file
for o in lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/upper upperdir=/tmp/ov/upper,workdir=/tmp/ov/work   lowerdir=/tmp/ov/missing lowerdir=/tmp/ov/lower lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/upper,workdir=/tmp/ov/upper/w   lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/lower/file,workdir=/tmp/ov/work lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/upper,workdir=/tmp/ov/work,bogus; do
  mount -t overlay overlay -o "$o" merged 2>/dev/null
  dmesg | tail -1 | sed 's/^\[[ 0-9.]*\] //'
done
