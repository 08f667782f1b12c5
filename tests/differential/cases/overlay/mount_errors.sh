# shell: sh
# The kernel's checks on overlay options, as mount(8) reports them (EINVAL and ENOENT).
mkdir /tmp/ov && mount -t tmpfs tmpfs /tmp/ov && cd /tmp/ov
mkdir lower upper work merged other; echo f > lower/file
mkdir /tmp/ov2 && mount -t tmpfs tmpfs /tmp/ov2 && mkdir /tmp/ov2/work
mount -t overlay overlay -o lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/upper merged; echo "no workdir: $?"
mount -t overlay overlay -o upperdir=/tmp/ov/upper,workdir=/tmp/ov/work merged; echo "no lowerdir: $?"
mount -t overlay overlay -o lowerdir=/tmp/ov/missing,upperdir=/tmp/ov/upper,workdir=/tmp/ov/work merged; echo "missing lower: $?"
mount -t overlay overlay -o lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/upper,workdir=/tmp/ov2/work merged; echo "other fs: $?"
mount -t overlay overlay -o lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/upper,workdir=/tmp/ov/upper/w merged; echo "work in upper: $?"
mkdir upper/w
mount -t overlay overlay -o lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/upper,workdir=/tmp/ov/upper/w merged; echo "work in upper: $?"
mount -t overlay overlay -o lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/lower/file,workdir=/tmp/ov/work merged; echo "upper not dir: $?"
mount -t overlay overlay -o lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/upper,workdir=/tmp/ov/work,bogus merged; echo "bad option: $?"
grep -c overlay /proc/self/mountinfo
umount /tmp/ov2
