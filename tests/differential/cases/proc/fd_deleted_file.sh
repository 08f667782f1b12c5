# shell: sh
# An open file that was unlinked reads as 'PATH (deleted)' in /proc/self/fd.
exec 3>/tmp/gone
rm /tmp/gone
readlink /proc/self/fd/3
exec 3>&-
