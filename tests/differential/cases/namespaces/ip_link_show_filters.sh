# shell: sh
# ip link show type/up/master filters.
unshare -n sh -c "ip link add br0 type bridge; ip link add v0 type veth peer name v1; ip link set v0 master br0; ip link set v1 up; ip -br link show type bridge; ip -br link show up; ip -br link show master br0" | sed -E "s/ [0-9a-f:]{17} / MAC /"
