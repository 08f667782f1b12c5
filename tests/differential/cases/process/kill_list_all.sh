# shell: bash
# bash's kill -l table.
kill -l
