# shell: sh
# base32 encodes with padding and decodes; partial groups are invalid.
printf 'hi' | base32
printf 'hello world!' | base32
printf 'NBUQ====' | base32 -d; echo
seq 100 | base32 | base32 -d | tail -n 1
printf 'NBUQ' | base32 -d; echo " status $?"
