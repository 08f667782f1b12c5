# shell: sh
# A process reading its own status is running (R).
grep '^State:' /proc/self/status
cut -d' ' -f3 /proc/self/stat
