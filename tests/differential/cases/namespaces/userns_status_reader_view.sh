# shell: sh
# /proc/PID/status Uid/Gid/Groups show ids as the reader's user namespace maps them, 65534 where unmapped.
ids() { grep -E '^(Uid|Gid|Groups):' "$1"; }
su daemon -s /bin/sh -c 'echo $$ > /tmp/daemon.pid; exec sleep 30' 2>/dev/null &
i=0; while [ ! -s /tmp/daemon.pid ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i+1)); done
other=$(cat /tmp/daemon.pid)
echo "host reads root and daemon:"; ids /proc/$$/status; ids /proc/$other/status
echo "inside (0 -> 1000) reads itself, root, daemon:"
unshare --map-user=1000 --map-group=1000 sh -c 'ids() { grep -E "^(Uid|Gid|Groups):" "$1"; }; ids /proc/self/status; ids /proc/$PPID/status; ids /proc/$1/status' sh $other
echo "inside (1 -> 0, as daemon's own unshare -r) reads itself, root:"
su daemon -s /bin/sh -c 'unshare -r sh -c "grep -E \"^(Uid|Gid|Groups):\" /proc/self/status /proc/1/status"'
kill $other; wait 2>/dev/null
echo done
