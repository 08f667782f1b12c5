# shell: sh
# Root in a new user namespace may set the hostname of a UTS namespace it owns.
unshare -r -u sh -c "hostname inside; hostname"
unshare -r sh -c "hostname nope" ; echo "status $?"
