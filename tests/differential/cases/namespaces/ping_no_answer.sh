# shell: sh
# Nobody answers on the link: 100% loss and status 1.
unshare -n sh -c "ip link add v0 type veth peer name v1; ip addr add 10.0.0.1/24 dev v0; ip link set v0 up; ip link set v1 up; ping -c 1 -W 1 10.0.0.2; echo status \$?"
