# shell: sh
# Without a veth link a namespace cannot reach the host.
ip addr add 10.70.0.1/24 dev lo
unshare -n ping -c 1 -W 1 10.70.0.1; echo "status $?"
