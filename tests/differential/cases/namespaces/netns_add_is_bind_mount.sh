# shell: sh
# ip netns add bind-mounts an nsfs file on /run/netns/NAME under a shared /run/netns; delete unmounts and unlinks.
ip netns add blue
findmnt -n -o TARGET,FSTYPE,PROPAGATION /run/netns | tail -n 1
findmnt -n -o TARGET,FSTYPE /run/netns/blue
stat -c '%F %s %a' /run/netns/blue
[ "$(stat -c %i /run/netns/blue)" = "$(ip netns exec blue stat -L -c %i /proc/self/ns/net)" ] && echo same inode
ip netns exec blue ip -br link
ip netns delete blue
findmnt -n /run/netns/blue || echo unmounted
ls /run/netns
ip netns delete blue
