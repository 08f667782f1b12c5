# shell: sh
# ip -br addr / link and ip -j link in a fresh namespace with a dummy device.
ip link set lo up
ip link add d0 type veth peer name d1
ip addr add 192.168.7.1/24 dev d0
ip link set d1 up; ip link set d0 up
ip -br a show lo
ip -br -4 a
ip -br link show lo
ip -j link show lo
echo
ip -4 -o addr show dev d0 | sed 's/\\.*//'
ip route
