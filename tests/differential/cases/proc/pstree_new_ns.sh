# shell: sh
# pstree -p of a fresh pid namespace.
unshare --pid --fork --mount-proc sh -c 'sleep 5 & a=$!; sleep 6 & b=$!; while [ "$(cat /proc/$a/comm)" != sleep ]; do sleep 0.01; done; while [ "$(cat /proc/$b/comm)" != sleep ]; do sleep 0.01; done; pstree -p 1; kill $a $b'
