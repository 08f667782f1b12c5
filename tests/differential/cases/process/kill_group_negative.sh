# shell: bash
# kill -- -PGID signals every member of a process group.
set -m
sh -c 'sleep 5 & sleep 5 & wait' & g=$!
sleep 0.2
kill -- -$g
wait $g; echo "status $?"
