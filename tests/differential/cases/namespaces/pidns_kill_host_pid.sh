# shell: sh
# From a new pid namespace a host pid does not exist (kill -0 fails), while the host signals the process inside by its host pid.
sleep 100 & host=$!
unshare -fp --mount-proc sh -c "kill -0 $host 2>/dev/null || echo 'kill -0 host pid: failed'; kill -0 1 && echo 'kill -0 1: ok'"
unshare -fp sleep 100 2>/dev/null & u=$!
i=0; while [ -z "$(pgrep -P $u)" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i+1)); done
inner=$(pgrep -P $u)
grep NSpid /proc/$inner/status | awk '{print NF-1, $3}'
kill -9 $inner && echo killed inside
wait $u; echo "unshare rc=$?"
kill $host; wait $host 2>/dev/null; echo done
