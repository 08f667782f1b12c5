# shell: sh
# An unmapped user loses its capabilities at execve: a nested unshare fails.
unshare -U sh -c "unshare -u true"; echo "status $?"
unshare -r sh -c "unshare -u true"; echo "status $?"
