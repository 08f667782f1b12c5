# shell: sh
# pgrep -l, -a, -c, -x and no match (status 1) in a fresh pid namespace.
unshare --pid --fork --mount-proc sh -c '
sleep 5 & a=$!; sleep 6 & b=$!
while [ "$(cat /proc/$a/comm)" != sleep ]; do sleep 0.01; done; while [ "$(cat /proc/$b/comm)" != sleep ]; do sleep 0.01; done; 
pgrep sleep; pgrep -l sleep; pgrep -a sleep; pgrep -c sleep
pgrep -x slee; echo "status $?"
pgrep -f "sleep 6"
pgrep -n sleep; pgrep -o sleep
kill $a $b'
