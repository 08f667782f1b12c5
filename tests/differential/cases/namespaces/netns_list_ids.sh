# shell: sh
# A namespace gets an id in another once a link refers to it: ip netns list shows it there.
ip netns add a; ip netns add b
ip -n a link add v-a type veth peer name v-b netns b
ip netns list
ip -n a link show > /dev/null
ip netns exec a ip netns list
ip netns delete a; ip netns delete b
