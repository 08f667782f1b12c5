# shell: sh
# chmod +w without who honours the umask; a+w does not.
umask 022
touch /tmp/f; chmod 444 /tmp/f
chmod +w /tmp/f; stat -c %A /tmp/f
chmod a+w /tmp/f; stat -c %A /tmp/f
chmod 444 /tmp/f; umask 0; chmod +w /tmp/f; stat -c %A /tmp/f
