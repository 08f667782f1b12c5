# shell: sh
# ICMP echo across a veth pair between two named namespaces.
ip netns add a; ip netns add b
ip -n a link add v-a type veth peer name v-b netns b
ip -n a addr add 10.50.0.1/24 dev v-a; ip -n b addr add 10.50.0.2/24 dev v-b
ip -n a link set v-a up; ip -n b link set v-b up
ip netns exec a ping -c 2 10.50.0.2 | sed -E "s/time=[0-9.]+/time=T/; s/time [0-9]+ms/time Tms/; s/= [0-9.\/]+ ms/= X ms/"
ip netns exec b ping -c 1 -W 1 10.50.0.1 | grep -c "1 received"
ip netns delete a; ip netns delete b
