# shell: sh
# tail -n 0 prints nothing; head -n 0 prints nothing; -c 0.
seq 3 | tail -n 0 | wc -c
seq 3 | head -n 0 | wc -c
seq 3 | head -c 0 | wc -c
