# shell: sh
# ip netns add/exec/identify/delete session: duplicates, missing names, moving a veth in, ip -n, and is_netns_name_valid (".", "..", "/", exit 255)
ip netns add red; ip netns add red; echo rc=$?
ip netns list
ip netns exec red ip -br addr
ip netns exec red ping -c1 -W1 127.0.0.1 >/dev/null; echo rc=$?
ip netns exec nosuch true; echo rc=$?
ip netns exec red; echo rc=$?
ip netns identify; echo rc=$?
ip netns exec red ip netns identify
ip link add veth-r type veth peer name veth-h
ip link set veth-r netns red
ip netns exec red ip -br link | sed 's/ [0-9a-f:]\{17\} / MAC /'
ip -n red -br link | sed 's/ [0-9a-f:]\{17\} / MAC /'
ip -n nosuch link; echo rc=$?
ip netns del red; ip netns del red; echo rc=$?
ip netns add "bad/name"; echo rc=$?
for n in . .. x/y "a b"; do ip netns add "$n"; echo "rc=$?"; done
ip netns list
ip netns exec x/y true; echo rc=$?; ip netns del x/y; echo rc=$?; ip netns del "a b"; echo rc=$?
