# shell: sh
# df -hT and df -h of a fresh tmpfs with a fixed size.
mkdir /tmp/m && mount -t tmpfs -o size=10m vlabtmp /tmp/m
df -hT /tmp/m
df -h /tmp/m
df -T /tmp/m | awk '{print $1, $2, $3, $4}'
df --output=source,fstype,size,target -h /tmp/m
head -c 2097152 /dev/zero > /tmp/m/f
df -h /tmp/m | awk 'NR==2{print $3, $4, $5}'
umount /tmp/m
df /nope; echo "rc=$?"
