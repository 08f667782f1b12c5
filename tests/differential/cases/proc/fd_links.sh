# shell: sh
# /proc/self/fd: stdin is /dev/null, files opened by redirection appear under their fd.
readlink /proc/self/fd/0
exec 3>/tmp/out 4</etc/passwd
readlink /proc/self/fd/3 /proc/self/fd/4
exec 3>&- 4<&-
ls /proc/self/fd/3 2>/dev/null || echo "fd 3 closed"
