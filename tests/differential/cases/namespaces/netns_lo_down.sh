# shell: sh
# A new network namespace has only lo, down and without addresses.
unshare -n sh -c "ip link; ip addr; ip route; ip -br link; ip -br addr"
