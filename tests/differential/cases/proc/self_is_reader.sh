# shell: sh
# /proc/self resolves to the pid of the process that looks it up.
cd -P /proc/self && [ "$PWD" = "/proc/$$" ] && echo "self is this shell"
cd /
sh -c 'cd -P /proc/self; [ "$PWD" = "/proc/$$" ] && echo "self is the child"'
readlink /proc/thread-self | grep -Eq '^[0-9]+/task/[0-9]+$' && echo "thread-self is PID/task/TID"
