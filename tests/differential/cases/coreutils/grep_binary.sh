# shell: sh
# grep on binary content reports a match without printing it.
printf 'text\0more\n' > /tmp/bin
grep more /tmp/bin
grep -a more /tmp/bin | tr '\0' '@'
grep -c more /tmp/bin
