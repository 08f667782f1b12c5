# shell: sh
# /proc/self/status Umask follows the process umask, in four octal digits.
grep '^Umask:' /proc/self/status
umask 077
grep '^Umask:' /proc/self/status
(umask 0; grep '^Umask:' /proc/self/status)
