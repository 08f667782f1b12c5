# shell: sh
# In a fresh pid namespace /proc holds only its own pids.
unshare --pid --fork --mount-proc sh -c 'sleep 5 & ls -d /proc/[0-9]*; kill $!'
