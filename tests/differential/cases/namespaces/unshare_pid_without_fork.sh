# shell: bash
# Without --fork, the first child is pid 1 and the namespace dies with it: the next fork fails.
unshare -p bash -c '/bin/echo a; /bin/echo b; /bin/echo c'; echo "status $?"
