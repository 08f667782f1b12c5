# shell: sh
# /proc/sys/kernel/hostname is the UTS host name; writing it sets the name.
[ "$(cat /proc/sys/kernel/hostname)" = "$(hostname)" ] && echo "same as hostname"
unshare --uts sh -c 'echo lab2 > /proc/sys/kernel/hostname; hostname; uname -n'
