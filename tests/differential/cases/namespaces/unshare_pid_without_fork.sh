# shell: sh
# Without --fork, the first child is pid 1 and the namespace dies with it.
unshare -p sh -c "/bin/echo a; /bin/echo b; /bin/echo c"; echo "status $?"
