# shell: sh
# nc -z checks a port: refused, then open.
nc -z 127.0.0.1 40123; echo "status $?"
nc -zv 127.0.0.1 40123; echo "status $?"
nc -l 40123 >/dev/null & sleep 0.5
nc -zv 127.0.0.1 40123; echo "status $?"
wait
