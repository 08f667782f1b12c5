# shell: sh
# nproc prints a positive integer; getconf PAGESIZE is 4096.
nproc | grep -Ec '^[1-9][0-9]*$'
getconf PAGESIZE
