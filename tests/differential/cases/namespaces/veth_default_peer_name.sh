# shell: sh
# Without a peer name the kernel names it veth0.
unshare -n sh -c "ip link add v0 type veth; ip -br link" | sed -E "s/ [0-9a-f:]{17} / MAC /"
