# shell: sh
# procps kill -l lists signal names on one line; -L as a table.
/bin/kill -l
/bin/kill -l 15
