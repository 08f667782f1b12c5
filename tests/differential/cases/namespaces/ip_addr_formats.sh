# shell: sh
# ip addr show of a veth with an IPv4 address (flags, brd, scope), ip -4 -o, ip route and ip route get.
ip link add va type veth peer name vb
ip addr add 10.20.0.1/24 dev va
ip link set va up; ip link set vb up
ip -4 addr show dev va
ip -o -4 addr show dev va
ip route
ip route get 10.20.0.9 | head -1
ip route add default via 10.20.0.254
ip route
ip route get 8.8.8.8 | head -1
ip addr del 10.20.0.1/24 dev va; ip -4 addr show dev va; echo "rc=$?"
