# shell: sh
# An fd on a pipe reads as pipe:[INODE] in /proc/self/fd.
readlink /proc/self/fd/1 | sed 's/[0-9][0-9]*/N/'
echo | readlink /proc/self/fd/0 | sed 's/[0-9][0-9]*/N/'
