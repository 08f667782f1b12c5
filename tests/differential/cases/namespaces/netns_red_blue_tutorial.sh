# shell: sh
# The red/blue tutorial: veths moved into named namespaces, a bridge on the host, a default route, martian 127/8.
ip netns add red; ip netns add blue
ip link add veth-red type veth peer name veth-blue
ip link set veth-red netns red; ip link set veth-blue netns blue
ip -n red addr add 192.168.15.1/24 dev veth-red
ip -n blue addr add 192.168.15.2/24 dev veth-blue
ip -n red link set veth-red up; ip -n blue link set veth-blue up
ip netns exec red ping -c1 192.168.15.2 | sed -E "s/time=[0-9.]+/time=T/; s/= [0-9.\/]+ ms/= X ms/"
ip netns exec red ip route; ip -n red link | sed -E "s/(ether|brd) [0-9a-f:]{17}/\1 MAC/g"; ip netns list
ip link add v-br type bridge; ip link set v-br up; ip addr add 192.168.16.5/24 dev v-br
ip link add veth-x type veth peer name veth-x-br; ip link set veth-x netns red; ip link set veth-x-br master v-br; ip link set veth-x-br up
ip -n red addr add 192.168.16.1/24 dev veth-x; ip -n red link set veth-x up
ping -c 1 -W 2 192.168.16.1 | sed -E "s/time=[0-9.]+/time=T/; s/= [0-9.\/]+ ms/= X ms/"
ip netns exec red ping -c 1 -W 1 192.168.16.5 | grep -c "1 received"
ip -n red route add default via 192.168.16.5; ip netns exec red ip route; ip netns exec red ping -c1 -W1 127.0.0.1 | grep -c "1 received"
ss -tln; ip netns del red; ip netns del blue; ip netns list; echo done
