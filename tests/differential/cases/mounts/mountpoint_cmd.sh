# shell: sh
# mountpoint(1): exit 0 for a mount point, 32 for anything else, 1 when the path is missing.
# requires: mountpoint
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir /tmp/t/sub; touch /tmp/t/f
mountpoint /tmp/t; echo "status $?"
mountpoint /tmp/t/sub; echo "status $?"
mountpoint /tmp/t/f; echo "status $?"
mountpoint /tmp/t/missing; echo "status $?"
mountpoint -q /tmp/t; echo "status $?"
mountpoint -q /tmp/t/sub; echo "status $?"
mountpoint /; echo "status $?"
cd /tmp/t && mountpoint .; echo "status $?"
mountpoint -x /dev/null; echo "status $?"
mountpoint; echo "status $?"
[ "$(mountpoint -d /tmp/t)" = "$(findmnt -n -o MAJ:MIN /tmp/t | tr -d ' ')" ] && echo "-d is the fs's maj:min"
cd / && umount /tmp/t
