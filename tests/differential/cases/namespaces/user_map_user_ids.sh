# shell: sh
# --map-user and --map-group choose the ids inside.
unshare --map-user=1000 --map-group=1000 sh -c "id -u; id -g; cat /proc/self/uid_map"
