# shell: sh
# Address errors: a duplicate, a missing one, a bad prefix, a missing device.
unshare -n sh -c "ip link add v0 type veth peer name v1; ip addr add 10.0.0.1/24 dev v0; ip addr add 10.0.0.1/24 dev v0; echo \$?; ip addr del 10.0.0.2/24 dev v0; echo \$?; ip addr add 300.1.1.1/24 dev v0; echo \$?; ip addr add 10.0.0.1/24 dev nope; echo \$?; ip addr add 10.0.0.1/24; echo \$?"
