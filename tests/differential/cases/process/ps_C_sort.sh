# shell: sh
# ps -C NAME selects by command name; --sort=-pid reverses the order.
unshare --pid --fork --mount-proc sh -c 'sleep 5 & a=$!; sleep 6 & b=$!
while [ "$(cat /proc/$b/comm)" != sleep ] || [ "$(cat /proc/$a/comm)" != sleep ]; do sleep 0.01; done
ps -C sleep -o pid=,args=
ps -e -o comm --sort=-pid
kill $a $b'
