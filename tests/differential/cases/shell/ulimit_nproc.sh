# shell: bash
# RLIMIT_NPROC refuses fork for a non-root user; root is exempt.
# requires: setpriv
ulimit -u 1; ( true ) && echo "root forks anyway"
setpriv --reuid=65534 --regid=65534 --clear-groups dash -c '(true); echo "after $?"' 2>&1
