# shell: sh
# nc: connect failures are silent without -v, -N sends and closes, UDP -z probes fail on a closed port (ICMP port unreachable) and succeed on a listener, -h banner
nc -zv 127.0.0.1 1; echo rc=$?
nc -zvn 127.0.0.1 1; echo rc=$?
nc -l 127.0.0.1 8081 > /tmp/recv & 
for i in 1 2 3 4 5 6 7 8 9 10; do ss -Htln | grep -q 8081 && break; sleep 0.1; done
echo hello | nc -N 127.0.0.1 8081; echo rc=$?
wait; cat /tmp/recv
nc -u -z -v 127.0.0.1 9999; echo rc=$?
nc; echo rc=$?
nc -h 2>&1 | head -3; nc -h 2>/dev/null | wc -l
nc -w1 10.255.255.1 80; echo rc=$?
nc -z localhost 1; echo rc=$?
nc -lu 127.0.0.1 9998 >/dev/null & L=$!
for i in 1 2 3 4 5 6 7 8 9 10; do ss -Hlun | grep -q 9998 && break; sleep 0.1; done
nc -uzv 127.0.0.1 9998; echo rc=$?
kill $L; wait 2>/dev/null
