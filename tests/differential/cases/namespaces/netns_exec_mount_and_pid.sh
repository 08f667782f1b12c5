# shell: sh
# ip netns exec runs the command in the named net ns only: same pid ns and uts, its own net.
ip netns add n1
[ "$(ip netns exec n1 readlink /proc/self/ns/net)" != "$(readlink /proc/self/ns/net)" ] && echo net differs
[ "$(ip netns exec n1 readlink /proc/self/ns/uts)" = "$(readlink /proc/self/ns/uts)" ] && echo uts same
[ "$(ip netns exec n1 readlink /proc/self/ns/pid)" = "$(readlink /proc/self/ns/pid)" ] && echo pid same
ip netns exec n1 sh -c 'ip netns identify $$'
ip netns pids n1 | wc -l
ip netns exec n1 sleep 100 & s=$!
i=0; while [ "$(ip netns pids n1 | wc -l)" = 0 ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i+1)); done
[ "$(ip netns pids n1)" = "$s" ] && echo pids lists the sleeper
kill $s; wait $s 2>/dev/null
ip netns del n1
ip netns exec n1 true; echo "rc=$?"
