# shell: sh
# stat -f of a tmpfs: type and name lines; -f -c %T.
mkdir /tmp/w && mount -t tmpfs -o size=1m t /tmp/w
stat -f -c '%T' /tmp/w
stat -f -c '%n %T %S' /tmp/w
stat -f /tmp/w | sed -n '1p' | sed 's/ID: [0-9a-f]*/ID: X/'
umount /tmp/w
