# shell: sh
# setsid runs the command as leader of a new session and group.
setsid sh -c 'set -- $(cut -d" " -f5,6 /proc/$$/stat); [ $1 = $$ ] && [ $2 = $$ ] && echo "pgid=sid=pid"'
sh -c 'set -- $(cut -d" " -f6 /proc/$$/stat); [ $1 != $$ ] && echo "not a leader"'
