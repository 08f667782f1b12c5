# shell: sh
# Renaming (this kernel allows it while up) and mtu changes show in ip link.
unshare -n sh -c "ip link add v0 type veth peer name v1; ip link set v0 name eth9; ip link set eth9 mtu 9000; ip link set eth9 up; ip link set eth9 name x; echo \$?; ip link show eth9; ip -o link show x" | sed -E "s/(link\/ether|brd) [0-9a-f:]{17}/\1 MAC/g"
