# shell: sh
# fdinfo shows pos and flags (O_WRONLY|O_APPEND|O_LARGEFILE for >>).
exec 3>>/tmp/f 4</etc/hostname
grep -E '^(pos|flags)' /proc/self/fdinfo/3
grep -E '^(pos|flags)' /proc/self/fdinfo/4
exec 3>&- 4<&-
