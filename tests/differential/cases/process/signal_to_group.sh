# shell: sh
# kill -- -PGID signals a whole process group.
setsid sh -c 'sleep 10 & sleep 10 & wait' & p=$!
sleep 0.2
pg=$(ps -o pgid= -p $p | tr -d ' ')
[ "$pg" = "$p" ] && echo "setsid made a group led by the child"
kill -- -$pg
{ wait $p; } 2>/dev/null; echo "status $?"
pgrep -g $pg | wc -l
