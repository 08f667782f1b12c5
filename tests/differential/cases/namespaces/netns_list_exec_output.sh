# shell: sh
# ip netns list order and ids, ip netns exec in a named ns, ip -n NAME, ip netns identify.
ip netns add red; ip netns add blue
ip netns list
ip link add vr type veth peer name vb
ip link set vr netns red; ip link set vb netns blue
ip netns list
ip -n red -br link | sed "s/[0-9a-f:]\{17\}/MAC/"
ip netns exec blue ip -br link | sed "s/[0-9a-f:]\{17\}/MAC/"
ip netns exec red sh -c 'ip netns identify $$'
ip netns identify $$ ; echo "rc=$?"
ip netns exec nosuch true; echo "rc=$?"
ip netns add red; echo "rc=$?"
ip netns del red; ip netns del blue; ip netns list
