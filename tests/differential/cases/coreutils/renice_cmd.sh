# shell: sh
# renice sets the nice value of a process, reports old and new; errors.
sleep 100 & P=$!
renice -n 5 -p $P | sed "s/^$P /PID /"
renice 7 $P | sed "s/^$P /PID /"
ps -o ni= -p $P
kill $P
renice -n 1 -g 99999; renice -n 1 99999; echo "status $?"
renice; echo "status $?"
renice -n 1 -u nosuchuser
