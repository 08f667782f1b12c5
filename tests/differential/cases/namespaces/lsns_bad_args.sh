# shell: sh
# lsns rejects unknown types and columns.
lsns -t bogus; echo "status $?"
lsns -o BOGUS; echo "status $?"
