# shell: sh
# A server in one namespace, curl in another, over a veth pair.
ip netns add srv
ip link add v0 type veth peer name v1 netns srv
ip addr add 10.80.0.1/24 dev v0; ip link set v0 up
ip -n srv addr add 10.80.0.2/24 dev v1; ip -n srv link set v1 up
ip netns exec srv sh -c "printf \"HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nok\n\" | nc -l -q 1 80 >/dev/null" & sleep 0.5
curl -s http://10.80.0.2/; echo "status $?"
wait; ip netns delete srv
