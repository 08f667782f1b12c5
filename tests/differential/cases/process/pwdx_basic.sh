# shell: sh
# pwdx shows a process's working directory.
unshare --pid --fork --mount-proc sh -c 'cd /tmp; sleep 5 & a=$!
while [ "$(cat /proc/$a/comm)" != sleep ]; do sleep 0.01; done
pwdx $a
pwdx 999 2>&1; echo "status $?"
kill $a'
