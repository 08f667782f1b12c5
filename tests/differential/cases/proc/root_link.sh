# shell: sh
# /proc/self/root of a process is /.
readlink /proc/self/root
