# shell: sh
# Deleting a namespace destroys its veth, and with it the peer outside (soon after).
ip netns add a
ip link add v0 type veth peer name v1 netns a
ip -br link show v0 | cut -d" " -f1
ip netns delete a
i=0; while ip link show v0 >/dev/null 2>&1 && [ $i -lt 100 ]; do sleep 0.05; i=$((i+1)); done
ip link show v0; echo "status $?"
