# shell: sh
# kill -l NUMBER names the signal, also for an exit status 128+N.
for n in 1 2 9 15 17 19; do kill -l $n; done
kill -l 137
kill -l 143
