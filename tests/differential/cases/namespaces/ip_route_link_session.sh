# shell: sh
# ip addr/route/link on a veth: duplicate and bad addresses, route add errors, route get from, mtu over the maximum, bad lladdr, route flush (connected routes too)
ip link add v0 type veth peer name v1
ip addr add 10.0.0.1/24 dev v0
ip addr add 10.0.0.1/24 dev v0; echo rc=$?
ip addr add 10.0.0.300/24 dev v0; echo rc=$?
ip addr add 10.0.0.2 dev v0; ip -4 -o addr show dev v0
ip addr del 10.0.0.9/24 dev v0; echo rc=$?
ip link set v0 up; ip link set v1 up
ip route add 192.168.5.0/24 via 10.0.0.254; echo rc=$?
ip route add 192.168.5.0/24 via 10.0.0.254; echo rc=$?
ip route add 192.168.6.0/24 via 10.9.9.9; echo rc=$?
ip route add default via 10.0.0.254
ip route show
ip route get 192.168.5.7
ip route get 1.1.1.1 from 10.0.0.1
ip route del 192.168.7.0/24; echo rc=$?
ip link show type bogus; echo rc=$?
ip link set v0 mtu 70000; echo rc=$?
ip link set v0 address zz; echo rc=$?
ip link set v0 address 02:00:00:00:00:01; ip -br link show v0
ip neigh show dev v0
ip addr show dev nosuch; echo rc=$?
ip route flush dev v0; ip route
ip route flush; echo rc=$?
ip route flush dev nosuch; echo rc=$?
ip route add 192.168.9.0/24 dev v0; ip route flush 192.168.9.0/24; ip route
