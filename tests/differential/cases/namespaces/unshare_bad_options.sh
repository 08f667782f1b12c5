# shell: sh
# unshare rejects unknown options the getopt way.
unshare --bogus; echo "status $?"
unshare -Z; echo "status $?"
unshare --propagation=bogus -m true; echo "status $?"
