# shell: sh
# ip route get: through a gateway, on link, local, and unreachable.
unshare -n sh -c "ip link set lo up; ip link add v0 type veth peer name v1; ip addr add 10.0.0.1/24 dev v0; ip link set v0 up; ip link set v1 up; ip route add default via 10.0.0.254
ip route get 8.8.8.8; ip route get 10.0.0.9; ip route get 10.0.0.1; ip route get 127.0.0.5; ip route del default; ip route get 8.8.8.8; echo \$?"
