# shell: sh
# chroot(1)'s messages and exit statuses: 125 for its own failures, 127 for a missing command.
# requires: chroot
mkdir -p /tmp/r
chroot; echo "status $?"
chroot /tmp/nonexistent; echo "status $?"
chroot /tmp/r /nothing; echo "status $?"
chroot --skip-chdir /tmp/r true; echo "status $?"
