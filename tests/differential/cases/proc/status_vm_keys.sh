# shell: sh
# The Vm* and Rss* lines of /proc/PID/status, in order, each a number in kB.
grep -E '^(Vm|Rss)' /proc/self/status | sed 's/[0-9][0-9]* kB$/N kB/' | tr -s ' \t' ' '
