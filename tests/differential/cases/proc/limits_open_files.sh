# shell: sh
# /proc/self/limits: the open files line, as ulimit -n set it.
ulimit -n 512
grep 'Max open files' /proc/self/limits | tr -s ' '
