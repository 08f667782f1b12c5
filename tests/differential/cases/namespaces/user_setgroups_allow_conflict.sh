# shell: sh
# --setgroups=allow cannot go with a gid map.
unshare --map-group=0 --setgroups=allow true; echo "status $?"
unshare -U --setgroups=deny cat /proc/self/setgroups
