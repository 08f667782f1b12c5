# shell: sh
# /proc/net/dev lists the devices of the reader network namespace.
unshare -n sh -c "ip link add v0 type veth peer name v1; cat /proc/net/dev"
