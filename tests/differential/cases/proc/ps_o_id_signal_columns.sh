# shell: sh
# ps -o: the id, signal-mask, scheduling and exe columns of a background sleep.
sleep 10 & s=$!
i=0; until [ "$(cat /proc/$s/comm 2>/dev/null)" = sleep ] || [ $i -ge 500 ]; do sleep 0.01; i=$((i + 1)); done
ps -o euid,ruid,suid,fuid,egid,rgid,sgid,fgid,euser,suser,fgroup -p $s
ps -o policy,cls,rtprio,sched,times,thcount,fname,ucmd -p $s
ps -o pending,blocked,ignored,caught -p $s
ps -o exe= -p $s
trap '' USR2; sleep 10 & t=$!
i=0; until [ "$(cat /proc/$t/comm 2>/dev/null)" = sleep ] || [ $i -ge 500 ]; do sleep 0.01; i=$((i + 1)); done
ps -o ignored=,caught= -p $t
kill $s $t
