# shell: sh
# ip netns errors: duplicate, missing, no name, exec failures.
ip netns add a; ip netns add a; echo "status $?"
ip netns exec nope true; echo "status $?"
ip netns exec a /nonexistent; echo "status $?"
ip netns delete nope; echo "status $?"
ip netns add; echo "status $?"
ip netns bogus; echo "status $?"
ip netns delete a
