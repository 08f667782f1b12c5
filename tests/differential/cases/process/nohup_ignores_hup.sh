# shell: sh
# A process started with trap '' HUP (as nohup does) survives SIGHUP.
sh -c 'trap "" HUP; sleep 0.3; echo survived' & p=$!
sleep 0.1
kill -HUP $p
wait $p; echo "status $?"
