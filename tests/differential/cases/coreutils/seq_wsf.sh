# shell: sh
# seq -w, -s, -f, decimals, negative steps.
seq 3
seq 2 5
seq 1 2 9
seq 5 -1 1
seq -w 8 11
seq -s, 5
seq -s ' ' 3; seq -s '' 1 4
seq -f '%03g' 3
seq -f 'file%g.txt' 2
seq 0.5 0.5 2
seq -w 0 0.5 1.5
seq 10 -3 0
