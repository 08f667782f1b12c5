# shell: sh
# ip netns exec runs in the namespace: only lo there, down.
ip netns add a
ip netns exec a ip -br link
ip -n a -br link
ip netns exec a sh -c "ip link set lo up; ip -br addr" | sed "s/ *$//"
ip -n a -br addr | sed "s/ *$//"
ip netns delete a
