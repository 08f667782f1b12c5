# shell: sh
# A #! script's process is named after the script file, not its interpreter.
waitfor() { i=0; until eval "$1" || [ $i -ge 500 ]; do sleep 0.01; i=$((i + 1)); done; }
printf '#!/bin/sh\nsleep 5\n' > /tmp/myscript
chmod +x /tmp/myscript
/tmp/myscript & p=$!
waitfor '[ "$(cat /proc/$p/comm)" = myscript ]'
cat /proc/$p/comm
tr '\0' ' ' < /proc/$p/cmdline; echo
kill $p
