# shell: sh
# A veth pair made in one named namespace with its peer in another.
ip netns add a; ip netns add b
ip -n a link add v-a type veth peer name v-b netns b
ip -n a link show v-a | sed -E "s/ [0-9a-f:]{17} / MAC /g"
ip -n b link show v-b | sed -E "s/ [0-9a-f:]{17} / MAC /g"
ip netns list
ip netns delete a; ip netns delete b
