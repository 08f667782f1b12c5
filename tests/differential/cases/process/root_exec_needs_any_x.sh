# shell: sh
# root may execute a file when any one x bit is set, never when none is.
printf '#!/bin/sh\necho ran\n' > /tmp/s
for m in 644 000 100 010 001 700; do chmod $m /tmp/s; printf '%s: ' $m; /tmp/s 2>/dev/null || echo "status $?"; done
