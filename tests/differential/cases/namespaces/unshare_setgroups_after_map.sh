# shell: sh
# --setgroups is written after the id maps: with a gid map (-r, --map-group) it fails with EPERM
for c in "-U --setgroups=deny" "-r --setgroups=deny" "-U --map-group=0 --setgroups=deny" "-U --map-user=0 --setgroups=deny" "-r --setgroups=allow"; do echo "## $c"; unshare $c sh -c 'cat /proc/self/setgroups /proc/self/gid_map' 2>&1; echo "rc=$?"; done
