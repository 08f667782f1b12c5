# shell: sh
# fd links of /dev/null and of a file opened by relative name show absolute paths.
cd /tmp && touch rel
exec 3</dev/null 4<rel
readlink /proc/self/fd/3 /proc/self/fd/4
exec 3<&- 4<&-
