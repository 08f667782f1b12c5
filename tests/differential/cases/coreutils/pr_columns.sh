# shell: sh
# pr -COLUMNS down (balanced last page) and across, tabs for padding, -s, -w.
seq 10 | pr -t -3 | od -c | head -n 4
seq 10 | pr -t -3 -a
seq 25 | pr -t -4
seq 5 | pr -t -2 -s,
printf 'averyveryverylongline\nb\n' | pr -t -3 -w 30
seq 100 | pr -t -2 -l 10 | head -n 12
seq 200 | pr -t -5 -l 20 | tail -n 3
