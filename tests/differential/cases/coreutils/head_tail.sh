# shell: sh
# head/tail -n N, -n -N, -n +N, -c N.
seq 10 > /tmp/f
head -n 3 /tmp/f | tr '\n' ' '; echo
head -n -7 /tmp/f | tr '\n' ' '; echo
tail -n 3 /tmp/f | tr '\n' ' '; echo
tail -n +8 /tmp/f | tr '\n' ' '; echo
head -c 5 /tmp/f | od -c | head -n 1
tail -c 4 /tmp/f | od -c | head -n 1
head -2 /tmp/f
