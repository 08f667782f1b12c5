# shell: sh
# Bringing lo up gives it 127.0.0.1/8 and ::1/128 and the local routes.
unshare -n sh -c "ip link set lo up; ip addr; ip route show table local"
