# shell: sh
# Moving a veth end into a named namespace: it loses its address and shows there.
ip netns add a
ip link add v0 type veth peer name v1
ip addr add 10.0.0.2/24 dev v1
ip link set v1 netns a
ip -br link | sed -E "s/ [0-9a-f:]{17} / MAC /" | grep -v "^lo "
ip -n a -br link | sed -E "s/ [0-9a-f:]{17} / MAC /"
ip -n a -4 addr; echo "no addresses"
ip link del v0; ip -n a -br link | grep -c v1
ip netns delete a
