# shell: sh
# sort -t, -k2 with ties, -k2,2 -k1, reverse by key.
printf 'b,2\na,2\nc,1\n' | sort -t, -k2,2 -k1,1
printf 'b,2\na,2\nc,1\n' | sort -t, -k2,2r -k1,1
printf 'x\n\ny\n' | sort
