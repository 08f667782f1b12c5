# shell: sh
# /proc/mounts is a symlink to self/mounts; /proc is mounted as proc (sort -u: the recorder stacks a second proc).
readlink /proc/mounts
awk '$2 == "/proc" { print $1, $3 }' /proc/mounts | sort -u
