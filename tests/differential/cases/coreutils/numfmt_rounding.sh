# shell: sh
# numfmt --round modes on positive and negative values.
for r in up down from-zero towards-zero nearest; do numfmt --round=$r --to=si 1501 -- -1501 | tr '\n' ' '; echo; done
numfmt --to=iec 1048575 1047552; numfmt --to=si 9950
