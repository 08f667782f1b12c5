# shell: sh
# chroot: default command /bin/sh missing in NEWROOT, non-executable command, NEWROOT that is missing or a file, --userspec, usage errors and the --help head
mkdir -p /tmp/r/bin
chroot /tmp/r; echo rc=$?
chroot /tmp/r /bin/true; echo rc=$?
chroot /tmp/nosuch true; echo rc=$?
chroot; echo rc=$?
touch /tmp/r/notexec; chroot /tmp/r /notexec; echo rc=$?
chroot --userspec=nobody /tmp/r /bin/true; echo rc=$?
chroot --help | head -2
chroot --bogus; echo rc=$?
touch /tmp/file; chroot /tmp/file true; echo rc=$?
