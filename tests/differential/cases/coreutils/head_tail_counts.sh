# shell: sh
# head -n -N, -c N, -c -N; tail -n +N, -c +N, -N; multiple files headers.
seq 10 > /tmp/s
head -n 3 /tmp/s
head -n -7 /tmp/s
head -c 5 /tmp/s | od -c | head -1
head -c -15 /tmp/s
tail -n 2 /tmp/s
tail -n +8 /tmp/s
tail -3 /tmp/s
tail -c 5 /tmp/s
tail -c +17 /tmp/s
head -2 /tmp/s /tmp/s
tail -n 1 -q /tmp/s /tmp/s
head -n abc /tmp/s; echo "rc=$?"
tail -n x /tmp/s; echo "rc=$?"
head /nope; echo "rc=$?"
