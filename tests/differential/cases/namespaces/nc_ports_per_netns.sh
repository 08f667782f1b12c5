# shell: sh
# Ports are per network namespace: two listeners on the same port.
ip netns add a
nc -l 8082 >/dev/null & sleep 0.3
ip netns exec a sh -c "ip link set lo up; nc -l 8082 >/dev/null & sleep 0.3; ss -tln | tail -n +2 | wc -l; nc -z 127.0.0.1 8082; echo status \$?; kill \$! 2>/dev/null"
nc -z 127.0.0.1 8082; echo "status $?"
wait; ip netns delete a
