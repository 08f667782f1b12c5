# shell: sh
# grep -A -B -C context with -- separators.
seq 1 10 > /tmp/f
grep -A1 -e 3 -e 8 /tmp/f
grep -B1 5 /tmp/f
grep -C1 -e 2 -e 4 /tmp/f
