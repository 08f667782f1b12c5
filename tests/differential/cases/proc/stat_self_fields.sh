# shell: sh
# /proc/PID/stat: pid, (comm), state R for the reader, ppid; 52 fields.
sh -c 'read -r pid comm state ppid rest < /proc/self/stat; [ "$pid" = $$ ] && echo "pid matches"; echo "$comm $state"; [ "$ppid" = "$PPID" ] && echo "ppid matches"'
awk '{print NF}' /proc/self/stat
