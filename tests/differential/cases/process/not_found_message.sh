# shell: bash
# bash's message for a missing command and a missing path.
bash -c 'nosuchcommand-xyz'; echo "status $?"
bash -c '/tmp/nosuchfile'; echo "status $?"
bash -c 'cd /tmp; ./nosuch'; echo "status $?"
