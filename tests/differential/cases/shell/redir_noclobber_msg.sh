# shell: bash
# bash's message for noclobber.
cd /tmp; echo a > f
bash -c 'set -C; echo b > f'; echo "status $?"
