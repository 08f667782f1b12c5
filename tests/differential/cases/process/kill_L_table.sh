# shell: sh
# /bin/kill -L prints the numbered table.
/bin/kill -L | head -3
