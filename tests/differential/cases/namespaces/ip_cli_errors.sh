# shell: sh
# ip: unknown objects and commands, missing arguments, unknown devices and types.
unshare -n sh -c "ip foo; echo \$?; ip link bogus; echo \$?; ip link set; echo \$?; ip link add; echo \$?; ip link set nope up; echo \$?; ip link show nope; echo \$?; ip link add x type bogus; echo \$?; ip link del lo; echo \$?; ip link add v0 type veth peer name v1; ip link add v0 type veth peer name v1; echo \$?; ip -x link; echo \$?"
