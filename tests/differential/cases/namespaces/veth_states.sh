# shell: sh
# One end up is LOWERLAYERDOWN with NO-CARRIER; both up is UP.
unshare -n sh -c "ip link add v0 type veth peer name v1; ip link set v0 up; ip -br link; ip link set v1 up; ip -br link" | sed -E "s/ [0-9a-f:]{17} / MAC /"
