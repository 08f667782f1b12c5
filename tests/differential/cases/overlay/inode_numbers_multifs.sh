# shell: sh
# Layers on different filesystems: directories show overlay's st_dev, files their layer's own
# pseudo device (one for upper, one for the lower fs), kept through copy-up.
mkdir /tmp/a /tmp/b && mount -t tmpfs tmpfs /tmp/a && mount -t tmpfs tmpfs /tmp/b
mkdir /tmp/a/lower /tmp/b/upper /tmp/b/work /tmp/b/merged
echo x > /tmp/a/lower/f; mkdir /tmp/a/lower/d; echo u > /tmp/b/upper/u
cd /tmp/b
mount -t overlay overlay -o lowerdir=/tmp/a/lower,upperdir=/tmp/b/upper,workdir=/tmp/b/work merged
dev() { stat -c %d "$1"; }
[ "$(dev merged/d)" = "$(dev merged)" ] && echo "dirs: overlay's st_dev"
[ "$(dev merged/f)" != "$(dev merged)" ] && echo "lower file: another st_dev"
[ "$(dev merged/u)" != "$(dev merged)" ] && [ "$(dev merged/u)" != "$(dev merged/f)" ] && echo "upper file: a third one"
[ "$(dev merged/f)" != "$(dev /tmp/a/lower/f)" ] && echo "not the lower fs's own st_dev"
[ "$(stat -c %i merged/f)" = "$(stat -c %i /tmp/a/lower/f)" ] && echo "lower file: its own ino"
before=$(dev merged/f); echo y >> merged/f
[ "$(dev merged/f)" = "$before" ] && echo "copy-up keeps st_dev"
stat -f -c %T merged
umount merged
