# shell: sh
# sysctl reads and writes net.ipv4.ip_forward of the (fresh) network namespace, and /proc/sys agrees.
sysctl net.ipv4.ip_forward
sysctl -w net.ipv4.ip_forward=1
cat /proc/sys/net/ipv4/ip_forward
sysctl -n net.ipv4.ip_forward
sysctl net.ipv4.ip_forward=0; echo "status $?"
sysctl -q -w net.ipv4.ip_forward=1; echo "status $?"
sysctl net/ipv4/ip_forward
