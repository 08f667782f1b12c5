# shell: sh
# df -T shows the tmpfs type and header.
df -T /tmp | head -n 1
df -T /tmp | awk 'NR == 2 {print $1, $2, $NF}'
df --output=fstype,target /tmp
