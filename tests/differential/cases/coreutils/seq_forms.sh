# shell: sh
# seq: last, first last, first incr last, -w, -s, -f, decimals, descending.
seq 3 | tr '\n' ' '; echo
seq 2 5 | tr '\n' ' '; echo
seq 1 3 10 | tr '\n' ' '; echo
seq -w 8 11 | tr '\n' ' '; echo
seq -s, 4
seq 0.5 0.5 2 | tr '\n' ' '; echo
seq 5 -2 0 | tr '\n' ' '; echo
seq -f '%03g' 3 | tr '\n' ' '; echo
seq 3 1 | wc -l
