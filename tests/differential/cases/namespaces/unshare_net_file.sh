# shell: sh
# unshare --net=FILE keeps the new network namespace alive on FILE; nsenter --net=FILE enters it.
touch /tmp/nsf
unshare --net=/tmp/nsf true; echo "status $?"
nsenter --net=/tmp/nsf ip -br link
ip netns exec /tmp/nsf true; echo "status $?"
unshare --net=/tmp/nosuch true 2>&1 | sed "s/[0-9][0-9]*/N/"
