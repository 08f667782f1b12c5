# shell: sh
# Routes through a gateway, a default route, deleting, and their errors.
unshare -n sh -c "ip link add v0 type veth peer name v1; ip addr add 10.0.0.1/24 dev v0; ip link set v0 up; ip link set v1 up
ip route add 10.9.0.0/16 via 10.0.0.254; ip route add default via 10.0.0.254; ip route add 10.8.0.0/16 dev v0; ip route
ip route add 10.9.0.0/16 via 10.0.0.254; echo \$?; ip route add 10.7.0.0/16 via 192.168.9.9; echo \$?
ip route del 10.9.0.0/16; ip route del 10.6.0.0/16; echo \$?; ip route"
