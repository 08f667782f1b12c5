# shell: sh
# ip link errors a learner meets: a missing device, a duplicate name, a bad type, deleting lo.
ip link set nosuch up; echo "rc=$?"
ip link add a0 type veth peer name b0
ip link add a0 type veth peer name b1; echo "rc=$?"
ip link add x0 type nosuchtype; echo "rc=$?"
ip link del lo; echo "rc=$?"
ip link del nosuch; echo "rc=$?"
ip link show dev nosuch; echo "rc=$?"
ip link del a0; ip -br link | cut -c1-16
