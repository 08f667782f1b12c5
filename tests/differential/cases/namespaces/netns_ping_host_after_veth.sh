# shell: sh
# A new net ns cannot reach the host's address until a veth link joins them; then ping works.
ip link set lo up; ip addr add 10.9.0.1/32 dev lo
ping -c1 -W1 10.9.0.1 >/dev/null && echo "host reaches 10.9.0.1"
unshare -n sh -c 'ping -c1 -W1 10.9.0.1 2>&1; echo "rc=$?"; ip link set lo up; ping -c1 -W1 10.9.0.1 2>&1 | head -1'
ip netns add c1
ip link add v-host type veth peer name v-ns
ip link set v-ns netns c1
ip addr add 10.9.1.1/24 dev v-host; ip link set v-host up
ip netns exec c1 ping -c1 -W1 10.9.1.1 2>&1 | tail -1
ip netns exec c1 ip addr add 10.9.1.2/24 dev v-ns
ip netns exec c1 ip link set v-ns up
ip netns exec c1 ping -c1 -W2 10.9.1.1 | sed -n 2p | sed 's/time=.*//'
ip netns del c1
