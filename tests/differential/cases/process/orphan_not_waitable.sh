# shell: sh
# An orphan's new parent is init: the shell cannot wait for it.
sh -c 'sleep 3 & echo $! > /tmp/p'
p=$(cat /tmp/p)
wait $p 2>/dev/null; echo "status $?"
kill $p
