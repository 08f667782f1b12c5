# shell: sh
# /sys/class/net inside ip netns exec shows that namespace devices and their state.
ip netns add a
ip -n a link add v0 type veth peer name v1
ip netns exec a sh -c "ls /sys/class/net | tr \"\n\" \" \"; echo; cat /sys/class/net/v0/operstate /sys/class/net/lo/mtu /sys/class/net/v0/ifindex /sys/class/net/v0/iflink"
ip netns delete a
