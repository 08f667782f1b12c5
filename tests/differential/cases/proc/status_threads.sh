# shell: sh
# A single-threaded process shows Threads: 1 and one entry under /proc/self/task.
grep '^Threads:' /proc/self/status
ls /proc/self/task | wc -l
