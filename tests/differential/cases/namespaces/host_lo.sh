# shell: sh
# On the host lo is up with 127.0.0.1/8 and ::1/128.
ip -br addr show lo
cat /sys/class/net/lo/operstate /sys/class/net/lo/mtu
