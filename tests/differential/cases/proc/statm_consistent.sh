# shell: sh
# statm's size and resident agree with VmSize and VmRSS of status (pages of 4 kB).
read size res rest < /proc/self/statm
vs=$(awk '/^VmSize:/ {print $2}' /proc/self/status)
vr=$(awk '/^VmRSS:/ {print $2}' /proc/self/status)
[ $((size * 4)) -gt 0 ] && echo "size nonzero"
awk '{ print ($1 >= $2) ? "size>=resident" : "bad" }' /proc/self/statm
