# shell: sh
# ip -d link: promiscuity, MTU range, the kind line (veth, bridge attributes) and the netdev limits; -o joins them with \
ip -d link show lo
ip link add v0 type veth peer name v1
ip -d link show v0 | sed 's/link\/ether [^ ]* /link\/ether MAC /'
ip link add br0 type bridge
ip -d link show br0 | sed 's/link\/ether [^ ]* /link\/ether MAC /'
ip -details -oneline link show v1 | sed 's/link\/ether [^ ]* /link\/ether MAC /'
