# shell: sh
# /proc/self/cwd follows the working directory.
cd /tmp && readlink /proc/self/cwd
mkdir -p /tmp/a/b && cd /tmp/a/b && readlink /proc/self/cwd
cd / && readlink /proc/self/cwd
