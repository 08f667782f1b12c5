# shell: sh
# Without a route ping fails at connect.
unshare -n ping -c 1 10.0.0.1; echo "status $?"
