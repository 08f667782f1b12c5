# shell: sh
# unshare --uts=FILE --net=FILE keeps the namespaces alive on bind-mounted files; nsenter enters them; umount lets them go.
touch /tmp/uts /tmp/net
unshare --uts=/tmp/uts --net=/tmp/net hostname persisted
findmnt -n -o TARGET,FSTYPE /tmp/uts
findmnt -n -o TARGET,FSTYPE /tmp/net
nsenter --uts=/tmp/uts hostname
nsenter --net=/tmp/net ip -br link
[ "$(stat -c %i /tmp/net)" != "$(stat -L -c %i /proc/self/ns/net)" ] && echo differs from ours
umount /tmp/uts /tmp/net
nsenter --uts=/tmp/uts hostname; echo "rc=$?"
unshare --uts=/nonexistent true 2>&1 | sed "s/proc\/[0-9]*/proc\/PID/"
