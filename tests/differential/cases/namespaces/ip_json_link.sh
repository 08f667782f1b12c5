# shell: sh
# ip -j link: one JSON array, keys in iproute2's order, veth peers by name, an error for a missing device.
ip -j link show lo
ip link add va type veth peer name vb
ip -j link show va | sed 's/"address":"[0-9a-f:]*"/"address":"MAC"/'
ip link set va up
ip -json link | sed 's/"address":"[0-9a-f:]\{17\}"/"address":"MAC"/g'
ip -j link show nosuch; echo "rc=$?"
