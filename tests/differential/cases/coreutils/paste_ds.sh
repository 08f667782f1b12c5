# shell: sh
# paste two files, -d lists, -s serial, - for stdin, unequal lengths.
cd /tmp && printf '1\n2\n3\n' > n && printf 'a\nb\n' > l
paste n l
paste -d, n l
paste -d ':-' n l n
paste -s n
paste -s -d+ n
paste -sd, n l
seq 6 | paste - - -
seq 5 | paste -d' ' - -
paste n nope; echo "rc=$?"
