# shell: sh
# With lo down there is no local table yet.
unshare -n ip route show table local; echo "status $?"
