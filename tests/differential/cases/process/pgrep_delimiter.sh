# shell: sh
# pgrep -d sets the separator; pgrep -v inverts; pkill -0 style probe via -c.
unshare --pid --fork --mount-proc sh -c 'sleep 5 & a=$!; sleep 6 & b=$!
while [ "$(cat /proc/$b/comm)" != sleep ] || [ "$(cat /proc/$a/comm)" != sleep ]; do sleep 0.01; done
pgrep -d, sleep
pgrep -v -l sleep
kill $a $b'
