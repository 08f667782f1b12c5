# shell: sh
# lsns default and -l headers.
lsns -t uts | head -n 1
lsns -t net -l | head -n 1
lsns -t uts -r -o NS,TYPE | head -n 1
