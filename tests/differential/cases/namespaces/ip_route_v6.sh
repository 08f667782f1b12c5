# shell: sh
# ip -6 route: prefix routes of the IPv6 addresses, link-locals per device.
unshare -n sh -c "ip link set lo up; ip link add v0 type veth peer name v1; ip link set v0 up; ip link set v1 up; ip addr add 2001:db8::1/64 dev v0; sleep 0.1; ip -6 route; ip -6 route show dev v0; ip neigh; echo end"
