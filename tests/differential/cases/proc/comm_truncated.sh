# shell: sh
# comm is the executable's base name truncated to 15 bytes.
cp /bin/cat /tmp/abcdefghijklmnopqrstuvwxyz
/tmp/abcdefghijklmnopqrstuvwxyz /proc/self/comm
cp /bin/grep /tmp/grep-with-a-long-name
/tmp/grep-with-a-long-name '^Name:' /proc/self/status
