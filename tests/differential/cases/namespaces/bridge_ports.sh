# shell: sh
# A bridge takes ports with master; ip link shows them and bridge link lists them.
unshare -n sh -c "ip link add br0 type bridge; ip link add v0 type veth peer name v1; ip link set v0 master br0; ip link show master br0; ip link set br0 up; ip link set v0 up; ip link set v1 up; bridge link; ip link show br0" | sed -E "s/(link\/ether|brd) [0-9a-f:]{17}/\1 MAC/g; s/fe80::[0-9a-f:]*/fe80::X/; s/ tentative//"
