# shell: sh
# A #! line passes its one optional argument, then the script path, then the arguments.
printf '#!/bin/echo from-shebang\n' > /tmp/s
chmod +x /tmp/s
/tmp/s a b
printf '#!/bin/echo one two\n' > /tmp/s2
chmod +x /tmp/s2
/tmp/s2 x
