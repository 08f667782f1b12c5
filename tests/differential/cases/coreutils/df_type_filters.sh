# shell: sh
# df -t / -x filter the operands' file systems too; nothing left is "no file systems processed"
df -t tmpfs /tmp | tail -n +2 | awk '{print $1, $NF}'; echo "rc=$?"
df -x tmpfs /tmp; echo "rc=$?"
df -t ext4 /tmp; echo "rc=$?"
df -x proc -t tmpfs /tmp | awk 'NR>1{print $1}'
df -t tmpfs --output=fstype,target /tmp
df -x tmpfs /nonexistent; echo "rc=$?"
