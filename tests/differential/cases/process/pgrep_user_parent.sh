# shell: sh
# pgrep -u root and -P PPID.
unshare --pid --fork --mount-proc sh -c 'sleep 5 & a=$!
while [ "$(cat /proc/$a/comm)" != sleep ]; do sleep 0.01; done
pgrep -u root sleep; pgrep -P 1 -l; pgrep -u nosuchuser sleep; echo "status $?"
kill $a'
