# shell: sh
# A file without execute permission, or a directory, gives status 126.
printf 'echo hi\n' > /tmp/f
/tmp/f 2>/dev/null; echo "no x bit: $?"
/tmp 2>/dev/null; echo "directory: $?"
chmod 000 /tmp/f
/tmp/f 2>/dev/null; echo "mode 000: $?"
