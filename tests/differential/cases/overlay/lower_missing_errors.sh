# shell: sh
# Missing lowerdir paths, an empty lowerdir and an upperdir that is a file, as mount(8) reports them.
mkdir /tmp/ov && mount -t tmpfs tmpfs /tmp/ov && cd /tmp/ov
mkdir lower upper work merged && touch afile
mount -t overlay overlay -o lowerdir=/tmp/ov/lower:/tmp/ov/nope merged; echo "second lower missing $?"
mount -t overlay overlay -o lowerdir=,upperdir=/tmp/ov/upper,workdir=/tmp/ov/work merged; echo "empty lower $?"
mount -t overlay overlay -o lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/nope,workdir=/tmp/ov/work merged; echo "missing upper $?"
mount -t overlay overlay -o lowerdir=/tmp/ov/afile,upperdir=/tmp/ov/upper,workdir=/tmp/ov/work merged; echo "lower is file $?"
mount -t overlay overlay -o lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/upper,workdir=/tmp/ov/work /tmp/ov/nomnt; echo "no mountpoint $?"
grep -c overlay /proc/self/mounts
