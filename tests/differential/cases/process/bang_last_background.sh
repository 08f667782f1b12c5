# shell: sh
# $! is the pid of the last background job; its /proc entry is a child of $$.
sleep 2 & p=$!
[ -d /proc/$p ] && echo "running"
[ "$(cut -d' ' -f4 /proc/$p/stat)" = "$$" ] && echo "child of this shell"
kill $p; wait $p 2>/dev/null; echo "wait $?"
