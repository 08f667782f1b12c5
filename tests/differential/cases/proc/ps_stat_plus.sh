# shell: sh
# ps STAT of a process in a new session: s for a session leader, no +.
unshare --pid --fork --mount-proc sh -c 'setsid sleep 5 & sleep 0.1; ps -o pid,stat,comm -C sleep; kill %1'
