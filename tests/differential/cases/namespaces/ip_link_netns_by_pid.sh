# shell: sh
# ip link set DEV netns PID moves a device into the namespace of a process.
unshare -n sleep 5 & sleep 0.5
ip link add v0 type veth peer name v1
ip link set v1 netns $!
nsenter -t $! -n ip -br link | sed -E "s/ [0-9a-f:]{17} / MAC /"
ip -br link show v0 | sed -E "s/ [0-9a-f:]{17} / MAC /"
kill $!
