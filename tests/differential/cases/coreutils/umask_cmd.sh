# shell: sh
# umask prints and sets the mask; -S symbolic; new files follow it.
umask
umask -S
umask 027; umask; umask -S
touch /tmp/f; mkdir /tmp/d; stat -c '%a %n' /tmp/f /tmp/d
umask u=rwx,g=rx,o=; umask
