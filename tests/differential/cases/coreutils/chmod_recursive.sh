# shell: sh
# chmod -R applies modes to a tree.
mkdir -p /tmp/t/s && touch /tmp/t/f /tmp/t/s/g
chmod -R go-rwx /tmp/t
find /tmp/t -exec stat -c '%A %n' {} \; | sort -k2
chmod -R u=rwX,go=rX /tmp/t
find /tmp/t -exec stat -c '%A %n' {} \; | sort -k2
