# shell: sh
# ip addr flush and ip route list dev.
unshare -n sh -c "ip link add v0 type veth peer name v1; ip link set v0 up; ip link set v1 up; ip addr add 10.2.0.1/24 dev v0; ip addr add 10.3.0.1/24 dev v0; ip route list dev v0; ip addr flush dev v0; ip -4 addr show v0; ip route; echo end"
