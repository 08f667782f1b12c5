# shell: sh
# wc -c counts bytes, -m chars; in the C locale both are bytes.
printf 'h\303\251\n' | wc -c
printf 'h\303\251\n' | wc -m
