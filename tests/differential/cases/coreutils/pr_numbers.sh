# shell: sh
# pr -n numbers lines (width 5, TAB), with a separator and digits; -N, -d, -o.
seq 5 | pr -t -n
seq 12 | pr -t -n: | tail -n 3
seq 3 | pr -t -n3 | od -c | head -n 2
seq 3 | pr -t -N 5 -n
seq 3 | pr -t -d
seq 3 | pr -t -o 4
