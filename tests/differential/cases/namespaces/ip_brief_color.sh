# shell: sh
# -br and -c forms of link, addr and route.
unshare -n sh -c "ip link set lo up; ip link add v0 type veth peer name v1; ip link set v0 up; ip link set v1 up; ip addr add 10.0.0.1/24 dev v0; ip -br -4 addr; ip -c -4 addr show dev v0; ip -c route; ip -c -br link show lo"
