# shell: sh
# A bridge without ports is UNKNOWN once up.
unshare -n sh -c "ip link add br0 type bridge; ip link set br0 up; ip -br link show br0" | sed -E "s/ [0-9a-f:]{17} / MAC /"
