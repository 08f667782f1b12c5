# shell: sh
# Two namespaces reach each other through a bridge in the host namespace.
ip link add br0 type bridge; ip link set br0 up
for n in a b; do
  ip netns add $n
  ip link add v-$n type veth peer name eth0 netns $n
  ip link set v-$n master br0; ip link set v-$n up
  ip -n $n link set eth0 up
done
ip -n a addr add 10.60.0.1/24 dev eth0; ip -n b addr add 10.60.0.2/24 dev eth0
ip netns exec a ping -c 1 10.60.0.2 | sed -E "s/time=[0-9.]+/time=T/; s/time [0-9]+ms/time Tms/; s/= [0-9.\/]+ ms/= X ms/"
bridge link | sed -E "s/^[0-9]+: //" | cut -d" " -f1,7-
ip netns delete a; ip netns delete b; ip link del br0
