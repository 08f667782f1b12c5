# shell: sh
# Addresses with a broadcast, a label and a secondary in the same subnet.
unshare -n sh -c "ip link add v0 type veth peer name v1; ip link set v0 up; ip link set v1 up; ip addr add 10.1.1.1/24 brd + dev v1; ip addr add 10.1.1.9/16 dev v1 label v1:x; ip addr add 10.1.1.2/24 dev v1; ip addr add 10.1.1.3 dev v1; ip -4 addr show v1; ip route; ip -4 -o addr show dev v1"
