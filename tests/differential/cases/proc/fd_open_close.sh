# shell: sh
# A redirection opens an fd visible in /proc/self/fd; closing it removes the entry.
[ -e /proc/self/fd/5 ] || echo "no fd 5"
exec 5>/dev/null
[ -e /proc/self/fd/5 ] && echo "fd 5 open"
readlink /proc/$$/fd/5
exec 5>&-
[ -e /proc/$$/fd/5 ] || echo "fd 5 closed"
