# shell: sh
# stat -c: %i vs ls -i, %b blocks, %x %y with fixed times, %Y epoch.
printf 'abc' > /tmp/f
touch -d '2020-01-02 03:04:05.5' /tmp/f
stat -c '%y|%Y|%X' /tmp/f
[ "$(stat -c %i /tmp/f)" = "$(ls -i /tmp/f | cut -d' ' -f1)" ] && echo "inode agrees with ls -i"
stat -c '%s %F %N' /tmp/f
stat --printf='%n:%s\n' /tmp/f
