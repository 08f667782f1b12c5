# shell: sh
# touch of a lower file and of a lower dir copies them up; reading does not.
mkdir /tmp/ov && mount -t tmpfs tmpfs /tmp/ov && cd /tmp/ov
mkdir lower upper work merged && echo r > lower/read && echo t > lower/touched && mkdir lower/d && echo in > lower/d/in
mount -t overlay overlay -o lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/upper,workdir=/tmp/ov/work merged
cat merged/read merged/d/in >/dev/null
ls -A upper | wc -l
touch merged/touched
touch merged/d
find upper | sort
umount merged
