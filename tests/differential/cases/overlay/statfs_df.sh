# shell: sh
# stat -f and df -T on an overlay: type overlayfs (0x794c7630), sizes from the upper filesystem.
mkdir /tmp/ov && mount -t tmpfs tmpfs /tmp/ov && mount --make-private /tmp/ov && cd /tmp/ov
mkdir lower upper work merged
mount -t overlay overlay -o lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/upper,workdir=/tmp/ov/work merged
stat -f -c '%T %t %l' merged
stat -f -c '%T' upper
df -T merged | sed 1d | awk '{print $1, $2, $NF}'
[ "$(df --output=size merged | sed 1d)" = "$(df --output=size upper | sed 1d)" ] && echo "same size as upper"
umount merged
