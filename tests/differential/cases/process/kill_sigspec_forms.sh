# shell: bash
# kill -s NAME, -NAME, -SIGNAME and -N all deliver the same signal (wait says 128+N).
for s in "-s TERM" -TERM -SIGTERM -15 "-s 15"; do
  sleep 5 & p=$!
  kill $s $p
  { wait $p; } 2>/dev/null; echo "$s -> $?"
done
