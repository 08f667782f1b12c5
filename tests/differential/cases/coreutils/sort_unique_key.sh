# shell: sh
# sort -u with a key compares only the key.
printf 'a 1\nb 1\nc 2\n' | sort -u -k2,2
