# shell: sh
# A veth pair: the peer is made first and both are down, M-DOWN marks a down peer.
unshare -n sh -c "ip link add v0 type veth peer name v1; ip link" | sed -E "s/(link\/ether|brd) [0-9a-f:]{17}/\1 MAC/g; s/fe80::[0-9a-f:]*/fe80::X/; s/ tentative//"
