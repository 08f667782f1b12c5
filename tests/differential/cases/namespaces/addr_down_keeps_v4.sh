# shell: sh
# A device going down keeps its IPv4 addresses but loses its routes.
unshare -n sh -c "ip link add v0 type veth peer name v1; ip addr add 10.0.0.1/24 dev v0; ip link set v0 up; ip link set v1 up; ip route; ip link set v0 down; ip -4 addr show v0; ip route; echo end"
