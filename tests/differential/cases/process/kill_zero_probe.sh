# shell: sh
# kill -0 tells whether a process exists.
sleep 10 & p=$!
kill -0 $p && echo alive
kill $p; wait $p 2>/dev/null
kill -0 $p 2>/dev/null || echo "gone"
