# shell: sh
# echo 1 > /proc/sys/net/ipv4/ip_forward, as the container tutorials do.
cat /proc/sys/net/ipv4/ip_forward
echo 1 > /proc/sys/net/ipv4/ip_forward
cat /proc/sys/net/ipv4/ip_forward
unshare -n cat /proc/sys/net/ipv4/ip_forward
