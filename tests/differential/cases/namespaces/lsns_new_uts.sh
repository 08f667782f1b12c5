# shell: sh
# A process in a new UTS namespace is the only one in it.
unshare -u sleep 5 & sleep 0.5
lsns -t uts -n -o NPROCS,COMMAND | tail -n 1
kill $!
