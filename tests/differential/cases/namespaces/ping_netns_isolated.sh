# shell: sh
# A fresh namespace cannot ping even its own loopback until lo is up.
ip netns add a
ip netns exec a ping -c 1 127.0.0.1; echo "status $?"
ip -n a link set lo up
ip netns exec a ping -c 1 -W 1 127.0.0.1 | grep -c "1 received"
ip netns delete a
