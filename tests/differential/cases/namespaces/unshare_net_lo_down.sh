# shell: sh
# A new net ns has only lo, down, without addresses; ping fails until lo is up.
unshare -n sh -c 'ip link; ip addr; ping -c1 127.0.0.1 2>&1; echo rc=$?; ip link set lo up; ip -br a; ping -c1 -W1 127.0.0.1 | sed -n 2p | sed "s/time=.*//"'
