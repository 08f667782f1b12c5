# shell: sh
# A bridge takes the address of its lowest port.
unshare -n sh -c "ip link add br0 type bridge; ip link add v0 type veth peer name v1; ip link set v0 address 02:00:00:00:00:01; ip link set v0 master br0; ip -br link show br0"
