# shell: sh
# ip netns identify names the namespace of a process; pids lists its processes.
ip netns add a
ip netns exec a sh -c "ip netns identify; ip netns identify \$\$; ip netns pids a > /tmp/pids; wc -l < /tmp/pids"
ip netns identify $$; echo "[host: none]"
ip netns delete a
