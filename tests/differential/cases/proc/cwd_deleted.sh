# shell: sh
# /proc/self/cwd of a removed directory reads 'PATH (deleted)'.
mkdir /tmp/d && cd /tmp/d && rmdir /tmp/d
readlink /proc/self/cwd
