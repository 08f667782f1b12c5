# shell: sh
# lsns -t TYPE -o columns, -n, -p PID, -r: a new uts namespace of a sleeping process is listed.
unshare -u sleep 100 & p=$!
i=0; while [ "$(readlink /proc/$p/ns/uts)" = "$(readlink /proc/self/ns/uts)" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i+1)); done
lsns -t uts -o TYPE,NPROCS,COMMAND | grep sleep
lsns -p $p -t uts -n -o TYPE,COMMAND
lsns -r -n -t uts -o TYPE,NPROCS,COMMAND | grep sleep
lsns -t bogus; echo rc=$?
lsns -o TYPE,BOGUS; echo rc=$?
kill $p; wait $p 2>/dev/null; echo done
