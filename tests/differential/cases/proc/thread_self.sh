# shell: sh
# /proc/thread-self points at PID/task/PID of the reader, /proc/self at PID.
unshare --pid --fork --mount-proc sh -c 'readlink /proc/self; readlink /proc/thread-self; exec readlink /proc/self'
